package io.autopilotmock.client;

import java.time.Instant;

/**
 * The emulator's clock, as {@code /__admin/clock} answers it.
 *
 * @param time what the API writes as now, in whole seconds
 * @param frozen whether it stands still
 */
public record ClockState(Instant time, boolean frozen) {

	static ClockState of(Object json) {
		Fields fields = Fields.of(json);
		return new ClockState(fields.instant("time"), fields.flag("frozen"));
	}

}
