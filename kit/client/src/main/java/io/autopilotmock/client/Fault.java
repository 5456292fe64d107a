package io.autopilotmock.client;

/**
 * An injected fault, as {@code /__admin/faults} answers it.
 *
 * @param id its number, for {@link AutopilotMockAdmin#deleteFault(long)}
 * @param accountSid the only account whose requests it meets, {@code null} for all
 * @param method the method it matches, {@code null} for any
 * @param path the path pattern it matches, {@code null} for any
 * @param status the HTTP status it answers, {@code null} for a network fault or latency
 * @param code Twilio's error code it answers
 * @param message the error's message
 * @param network {@code connection_reset} or {@code empty_response}, else {@code null}
 * @param delayMs how long it waits first
 * @param times how many requests it answers, {@code null} for all until deleted
 * @param remaining how many it has left
 */
public record Fault(long id, String accountSid, String method, String path, Integer status, Integer code,
		String message, String network, long delayMs, Integer times, Integer remaining) {

	static Fault of(Object json) {
		Fields fields = Fields.of(json);
		return new Fault(fields.count("id"), fields.string("account_sid"), fields.string("method"),
				fields.string("path"), fields.integer("status"), fields.integer("code"), fields.string("message"),
				fields.string("network"), fields.count("delay_ms"), fields.integer("times"),
				fields.integer("remaining"));
	}

}
