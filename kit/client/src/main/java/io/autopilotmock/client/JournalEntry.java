package io.autopilotmock.client;

import java.time.Instant;
import java.util.Map;

/**
 * One API request as the journal ({@code /__admin/requests}) recorded it.
 *
 * @param id its number, increasing
 * @param time when it was answered
 * @param method the HTTP method
 * @param path the path without query
 * @param query the query, or {@code null}
 * @param parameters the first value of each query and form parameter
 * @param status the HTTP status, {@code null} when a network fault answered
 * @param code Twilio's error code of an error answer, else {@code null}
 * @param network the network fault that answered, else {@code null}
 * @param durationMs how long the answer took
 * @param accountSid the account it acted for, {@code null} when refused
 */
public record JournalEntry(long id, Instant time, String method, String path, String query,
		Map<String, String> parameters, Integer status, Integer code, String network, long durationMs,
		String accountSid) {

	static JournalEntry of(Object json) {
		Fields fields = Fields.of(json);
		return new JournalEntry(fields.count("id"), fields.instant("time"), fields.string("method"),
				fields.string("path"), fields.string("query"), fields.strings("parameters"), fields.integer("status"),
				fields.integer("code"), fields.string("network"), fields.count("duration_ms"),
				fields.string("account_sid"));
	}

}
