package io.autopilotmock.journal;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * One API request as the journal keeps it: no header, so never a credential.
 *
 * @param id the request's place in the journal, increasing
 * @param time when it was answered, to the millisecond
 * @param method the HTTP method
 * @param path the path as requested, without the query
 * @param query the raw query string, or {@code null}
 * @param parameters the first value of each parameter the request was read for
 * @param status the HTTP status, or {@code null} when a network fault answered nothing
 * @param code the Twilio error code of an error answer
 * @param network the network fault that answered, if any
 * @param durationMs from the first byte read to the answer
 * @param accountSid the account the request acted for, or {@code null} if none
 */
record JournalEntry(long id, Instant time, String method, String path, @Nullable String query,
		Map<String, String> parameters, @Nullable Integer status, @Nullable Integer code, @Nullable String network,
		@JsonProperty("duration_ms") long durationMs, @JsonProperty("account_sid") @Nullable String accountSid) {

}
