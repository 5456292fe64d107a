package io.autopilotmock.events;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The JSON body of a simulated dialogue's trigger, as sent; {@code null} means not sent.
 *
 * @param events Autopilot event names, fired in this order
 * @param parameters further parameters every delivery carries, string values
 * @param awaited {@code wait}: answer only when the deliveries have finished
 * @param duplicate send each delivery twice, with the same idempotency token
 * @param shuffle fire the events in a random order
 * @param concurrent send the deliveries all at once, in any order, rather than one at a
 * time for each webhook in the order the events were fired
 * @param delayMs wait this long before sending
 * @param accountSid the account the dialogue belongs to
 */
record DialogueTrigger(@Nullable List<String> events, @Nullable Map<String, Object> parameters,
		@JsonProperty("wait") @Nullable Boolean awaited, @Nullable Boolean duplicate, @Nullable Boolean shuffle,
		@Nullable Boolean concurrent, @JsonProperty("delay_ms") @Nullable Long delayMs,
		@JsonProperty("account_sid") @Nullable String accountSid) {

}
