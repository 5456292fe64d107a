package io.autopilotmock.faults;

import org.jspecify.annotations.Nullable;

import io.autopilotmock.journal.RequestPattern;
import io.autopilotmock.twilio.TwilioErrors;

/**
 * What a fault may say, checked before it is kept: every bad value is a 400 naming it.
 */
final class FaultRules {

	/** Long enough for any client timeout a test exercises, short of holding threads. */
	static final long MAX_DELAY_MS = 120_000;

	private static final int MAX_MESSAGE = 1024;

	private FaultRules() {
	}

	static Fault toFault(long id, @Nullable String accountSid, FaultForm form) {
		Integer status = form.status();
		if (status != null && (status < 400 || status > 599)) {
			throw TwilioErrors.invalidParameter("status must be an error status from 400 to 599, was " + status);
		}
		if (status == null && (form.code() != null || form.message() != null)) {
			throw TwilioErrors.invalidParameter("code and message need a status");
		}
		if (form.code() != null && (form.code() < 1 || form.code() > 999_999)) {
			throw TwilioErrors.invalidParameter("code must be a Twilio error code from 1 to 999999");
		}
		String message = form.message();
		if (message != null && (message.isBlank() || message.length() > MAX_MESSAGE)) {
			throw TwilioErrors
				.invalidParameter("message must be non-blank text of at most " + MAX_MESSAGE + " characters");
		}
		NetworkFault network = network(form.network());
		if (network != null && status != null) {
			throw TwilioErrors.invalidParameter("A fault has either a status or a network fault, not both");
		}
		Long delay = form.delayMs();
		if (delay != null && (delay < 0 || delay > MAX_DELAY_MS)) {
			throw TwilioErrors.invalidParameter("delay_ms must be from 0 to " + MAX_DELAY_MS);
		}
		if (status == null && network == null && delay == null) {
			throw TwilioErrors.invalidParameter("A fault needs a status, a network fault or a delay_ms");
		}
		if (form.times() != null && form.times() < 1) {
			throw TwilioErrors.invalidParameter("times must be at least 1, or absent for no limit");
		}
		Integer code = form.code();
		if (status != null && code == null) {
			code = TwilioErrors.forStatus(status, "").toError().code();
		}
		return new Fault(id, accountSid, method(form.method()), path(form.path()), status, code, message, network,
				(delay != null) ? delay : 0, form.times());
	}

	private static @Nullable String method(@Nullable String method) {
		if (method == null) {
			return null;
		}
		if (method.isEmpty() || method.length() > 16 || !method.chars().allMatch((c) -> c >= 'A' && c <= 'Z')) {
			throw TwilioErrors.invalidParameter("method must be an upper-case HTTP method such as GET or POST");
		}
		return method;
	}

	private static @Nullable RequestPattern path(@Nullable String path) {
		if (path == null) {
			return null;
		}
		if (!path.equals("/v1") && !path.startsWith("/v1/")) {
			throw TwilioErrors.invalidParameter("path must be an API path under /v1, e.g. /v1/Assistants/*/Webhooks");
		}
		return RequestPattern.parse("path", path);
	}

	private static @Nullable NetworkFault network(@Nullable String network) {
		if (network == null) {
			return null;
		}
		return NetworkFault.of(network)
			.orElseThrow(() -> TwilioErrors.invalidParameter("network must be connection_reset or empty_response"));
	}

}
