package io.autopilotmock.faults;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A fault as the control surface shows it.
 *
 * @param id its id, for {@code DELETE /__admin/faults/{id}}
 * @param accountSid the account whose requests it applies to, or {@code null} for all
 * @param method the method it matches, or {@code null} for any
 * @param path the path pattern it matches, or {@code null} for any API path
 * @param status the status it answers, if it answers an error
 * @param code the Twilio code of that error
 * @param message the error's message, or {@code null} for the emulator's for the status
 * @param network the network fault, if it is one
 * @param delayMs the delay before it acts
 * @param times how many requests it applied to when made, or {@code null} for no limit
 * @param remaining how many more it applies to, or {@code null} for no limit
 */
record FaultJson(long id, @JsonProperty("account_sid") @Nullable String accountSid, @Nullable String method,
		@Nullable String path, @Nullable Integer status, @Nullable Integer code, @Nullable String message,
		@Nullable String network, @JsonProperty("delay_ms") long delayMs, @Nullable Integer times,
		@Nullable Integer remaining) {

	static FaultJson of(Fault fault) {
		return new FaultJson(fault.id(), fault.accountSid(), fault.method(),
				(fault.path() != null) ? fault.path().toString() : null, fault.status(), fault.code(), fault.message(),
				(fault.network() != null) ? fault.network().wireName() : null, fault.delayMs(), fault.times(),
				fault.remaining());
	}

}
