package io.autopilotmock.events;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One request sent for a delivery.
 *
 * @param time when it was sent, by the emulator's clock
 * @param durationMs how long it took, to its answer or failure
 * @param outcome the status code, or {@code connect_failed}, {@code read_timeout},
 * {@code total_timeout}, {@code io_error}, or {@code refused} when the destination policy
 * stopped it before any connection
 * @param status the status code, when the receiver answered
 * @param body the first KB of the answer, or why a refused attempt was refused
 */
record Attempt(Instant time, long durationMs, String outcome, @Nullable Integer status, @Nullable String body) {

	static final String REFUSED = "refused";

	static Attempt refused(Instant time, String reason) {
		return new Attempt(time, 0, REFUSED, null, reason);
	}

	boolean succeeded() {
		return this.status != null && this.status >= 200 && this.status < 300;
	}

}
