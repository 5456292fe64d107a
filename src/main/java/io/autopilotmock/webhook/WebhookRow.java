package io.autopilotmock.webhook;

import java.time.Instant;

/**
 * A stored webhook as reads see it: its row number, the key lists page by, and every
 * field its JSON shows.
 */
record WebhookRow(long id, String sid, String accountSid, String uniqueName, String events, String webhookUrl,
		String webhookMethod, Instant dateCreated, Instant dateUpdated) {

	static WebhookRow of(Webhook webhook) {
		return new WebhookRow(webhook.id(), webhook.sid(), webhook.accountSid(), webhook.uniqueName(), webhook.events(),
				webhook.webhookUrl(), webhook.webhookMethod(), webhook.dateCreated(), webhook.dateUpdated());
	}

}
