package io.autopilotmock.floor;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A webhook with autopilot-mock's ten keys, so that Jackson writes bodies of the same
 * shape and size.
 */
record WebhookJson(@JsonProperty("account_sid") String accountSid, @JsonProperty("assistant_sid") String assistantSid,
		@JsonProperty("date_created") String dateCreated, @JsonProperty("date_updated") String dateUpdated,
		String events, String sid, @JsonProperty("unique_name") String uniqueName, String url,
		@JsonProperty("webhook_method") String webhookMethod, @JsonProperty("webhook_url") String webhookUrl) {

}
