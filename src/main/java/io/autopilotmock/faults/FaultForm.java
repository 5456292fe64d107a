package io.autopilotmock.faults;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /__admin/faults}; {@code null} is "not sent".
 *
 * @param method the HTTP method to match; absent, any
 * @param path the path to match, exact or with {@code *} segments; absent, any API path
 * @param status the HTTP status of a Twilio error to answer
 * @param code its Twilio error code; absent, the one the emulator uses for the status
 * @param message its message; absent, the emulator's for the status
 * @param network a network fault instead of an answer
 * @param delayMs a delay before the fault, or before the real answer when alone
 * @param times how many requests the fault applies to; absent, until it is removed
 * @param accountSid the account whose requests it applies to; absent, every account
 */
record FaultForm(@Nullable String method, @Nullable String path, @Nullable Integer status, @Nullable Integer code,
		@Nullable String message, @Nullable String network, @JsonProperty("delay_ms") @Nullable Long delayMs,
		@Nullable Integer times, @JsonProperty("account_sid") @Nullable String accountSid) {

}
