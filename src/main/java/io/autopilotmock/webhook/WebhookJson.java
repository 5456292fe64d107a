package io.autopilotmock.webhook;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.autopilotmock.twilio.TwilioDates;

/**
 * A webhook on the wire: exactly Twilio's ten keys.
 */
record WebhookJson(@JsonProperty("account_sid") String accountSid, @JsonProperty("assistant_sid") String assistantSid,
		@JsonProperty("date_created") String dateCreated, @JsonProperty("date_updated") String dateUpdated,
		String events, String sid, @JsonProperty("unique_name") String uniqueName, String url,
		@JsonProperty("webhook_method") String webhookMethod, @JsonProperty("webhook_url") String webhookUrl) {

	static WebhookJson of(WebhookRow webhook, String assistantUrl, String assistantSid, TwilioDates dates) {
		return new WebhookJson(webhook.accountSid(), assistantSid, dates.format(webhook.dateCreated()),
				dates.format(webhook.dateUpdated()), webhook.events(), webhook.sid(), webhook.uniqueName(),
				assistantUrl + "/Webhooks/" + webhook.sid(), webhook.webhookMethod(), webhook.webhookUrl());
	}

}
