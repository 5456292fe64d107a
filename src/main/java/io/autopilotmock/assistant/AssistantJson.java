package io.autopilotmock.assistant;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.autopilotmock.twilio.TwilioDates;
import org.jspecify.annotations.Nullable;

/**
 * An assistant on the wire: Twilio's keys, with constants for what the emulator does not
 * model (model builds, callbacks). {@code links} names only the sub-resource it serves.
 */
record AssistantJson(@JsonProperty("account_sid") String accountSid,
		@JsonProperty("callback_events") @Nullable String callbackEvents,
		@JsonProperty("callback_url") @Nullable String callbackUrl, @JsonProperty("date_created") String dateCreated,
		@JsonProperty("date_updated") String dateUpdated, @JsonProperty("development_stage") String developmentStage,
		@JsonProperty("friendly_name") @Nullable String friendlyName,
		@JsonProperty("latest_model_build_sid") @Nullable String latestModelBuildSid, Map<String, String> links,
		@JsonProperty("log_queries") boolean logQueries, @JsonProperty("needs_model_build") boolean needsModelBuild,
		String sid, @JsonProperty("unique_name") @Nullable String uniqueName, String url) {

	static AssistantJson of(Assistant assistant, String baseUrl, TwilioDates dates) {
		String url = baseUrl + "/v1/Assistants/" + assistant.sid();
		return new AssistantJson(assistant.accountSid(), null, null, dates.format(assistant.dateCreated()),
				dates.format(assistant.dateUpdated()), "in-development", assistant.friendlyName(), null,
				Map.of("webhooks", url + "/Webhooks"), true, false, assistant.sid(), assistant.uniqueName(), url);
	}

}
