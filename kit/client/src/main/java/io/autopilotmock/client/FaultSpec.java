package io.autopilotmock.client;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A fault to inject: a Twilio error, a network fault or latency, optionally limited to a
 * method, a path pattern ({@code *} for one segment, see {@link Paths}), a number of
 * requests and an account. Immutable; each method answers a new spec.
 *
 * <pre>
 * admin.injectFault(FaultSpec.error(503).on("POST", Paths.webhooks(assistant)).times(2));
 * admin.injectFault(FaultSpec.network(FaultSpec.CONNECTION_RESET));
 * admin.injectFault(FaultSpec.latency(800));
 * </pre>
 */
public final class FaultSpec {

	/** The connection is reset (a TCP RST). */
	public static final String CONNECTION_RESET = "connection_reset";

	/** The connection is closed without a byte. */
	public static final String EMPTY_RESPONSE = "empty_response";

	private final Map<String, Object> fields;

	private FaultSpec(Map<String, Object> fields) {
		this.fields = fields;
	}

	/** Answers a Twilio error body with this status (400–599). */
	public static FaultSpec error(int status) {
		return new FaultSpec(Map.of()).with("status", status);
	}

	/** Answers a network fault: {@link #CONNECTION_RESET} or {@link #EMPTY_RESPONSE}. */
	public static FaultSpec network(String fault) {
		return new FaultSpec(Map.of()).with("network", fault);
	}

	/** Delays the real answer by this many milliseconds. */
	public static FaultSpec latency(long delayMs) {
		return new FaultSpec(Map.of()).with("delay_ms", delayMs);
	}

	/** Twilio's error code of the answer, e.g. 20429. */
	public FaultSpec code(int code) {
		return with("code", code);
	}

	public FaultSpec message(String message) {
		return with("message", message);
	}

	/** Waits this long before the fault answers. */
	public FaultSpec delayMs(long delayMs) {
		return with("delay_ms", delayMs);
	}

	/** Only requests with this method and path ({@code *} matches one segment). */
	public FaultSpec on(String method, String path) {
		return with("method", method).with("path", path);
	}

	/** Only requests to this path, any method. */
	public FaultSpec on(String path) {
		return with("path", path);
	}

	/** Only this many requests; then it is gone. */
	public FaultSpec times(int times) {
		return with("times", times);
	}

	/** Only this account's requests. */
	public FaultSpec forAccount(String accountSid) {
		return with("account_sid", accountSid);
	}

	String json() {
		return Json.write(this.fields);
	}

	private FaultSpec with(String name, Object value) {
		Map<String, Object> fields = new LinkedHashMap<>(this.fields);
		fields.put(name, value);
		return new FaultSpec(fields);
	}

}
