package io.autopilotmock.webhook;

import java.time.Instant;

/**
 * A webhook as a state document gives it, or as an export reads it: every field it
 * stores, with its SID and both dates.
 */
public record WebhookSnapshot(String sid, String uniqueName, String events, String webhookUrl, String webhookMethod,
		Instant dateCreated, Instant dateUpdated) {

	static WebhookSnapshot of(Webhook webhook) {
		return new WebhookSnapshot(webhook.sid(), webhook.uniqueName(), webhook.events(), webhook.webhookUrl(),
				webhook.webhookMethod(), webhook.dateCreated(), webhook.dateUpdated());
	}

}
