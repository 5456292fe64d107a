package io.autopilotmock.state;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.jspecify.annotations.Nullable;

/**
 * The state of the store as {@code GET /__admin/state} writes it and
 * {@code PUT /__admin/state} and the seed file read it: accounts, their assistants and
 * the assistants' webhooks, every field with its SID and ISO 8601 dates. Read, any value
 * may be missing; {@link StateService} names the first one that is wrong.
 */
record StateDocument(@Nullable List<@Nullable AccountState> accounts) {

	record AccountState(@JsonProperty("account_sid") @Nullable String accountSid,
			@Nullable List<@Nullable AssistantState> assistants) {

	}

	@JsonPropertyOrder({ "sid", "unique_name", "friendly_name", "date_created", "date_updated", "webhooks" })
	record AssistantState(@Nullable String sid, @JsonProperty("unique_name") @Nullable String uniqueName,
			@JsonProperty("friendly_name") @Nullable String friendlyName,
			@JsonProperty("date_created") @Nullable String dateCreated,
			@JsonProperty("date_updated") @Nullable String dateUpdated,
			@Nullable List<@Nullable WebhookState> webhooks) {

	}

	@JsonPropertyOrder({ "sid", "unique_name", "events", "webhook_url", "webhook_method", "date_created",
			"date_updated" })
	record WebhookState(@Nullable String sid, @JsonProperty("unique_name") @Nullable String uniqueName,
			@Nullable String events, @JsonProperty("webhook_url") @Nullable String webhookUrl,
			@JsonProperty("webhook_method") @Nullable String webhookMethod,
			@JsonProperty("date_created") @Nullable String dateCreated,
			@JsonProperty("date_updated") @Nullable String dateUpdated) {

	}

}
