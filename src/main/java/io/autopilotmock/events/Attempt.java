package io.autopilotmock.events;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One request sent for a delivery.
 *
 * @param time when it was sent, by the emulator's clock
 * @param durationMs how long it took, to its answer or failure
 * @param outcome the status code, or {@code connect_failed}, {@code read_timeout},
 * {@code total_timeout}, {@code io_error}
 * @param status the status code, when the receiver answered
 * @param body the first KB of the answer
 */
record Attempt(Instant time, long durationMs, String outcome, @Nullable Integer status, @Nullable String body) {

	boolean succeeded() {
		return this.status != null && this.status >= 200 && this.status < 300;
	}

}
