package io.autopilotmock.twilio;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;

/**
 * The clock every date the API writes comes from: real time, real time moved by an
 * offset, or frozen at an instant, as a test asks through {@code /__admin/clock}. It
 * belongs to this process: several instances on one database each have their own.
 */
public final class ControllableClock extends Clock {

	private final Clock base;

	private final AtomicReference<Setting> setting = new AtomicReference<>(Setting.REAL);

	public ControllableClock(Clock base) {
		this.base = base;
	}

	/** Stops the clock at {@code time}. */
	public void freeze(Instant time) {
		this.setting.set(new Setting(time, Duration.ZERO));
	}

	/**
	 * Moves the clock by {@code amount}, backwards when negative: a frozen clock stays
	 * frozen at its new time, a running one keeps running from there.
	 */
	public void advance(Duration amount) {
		this.setting.updateAndGet(
				(current) -> (current.frozenAt() != null) ? new Setting(current.frozenAt().plus(amount), Duration.ZERO)
						: new Setting(null, current.offset().plus(amount)));
	}

	/** Back to real time. */
	public void reset() {
		this.setting.set(Setting.REAL);
	}

	public boolean frozen() {
		return this.setting.get().frozenAt() != null;
	}

	@Override
	public Instant instant() {
		Setting current = this.setting.get();
		return (current.frozenAt() != null) ? current.frozenAt() : this.base.instant().plus(current.offset());
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		throw new UnsupportedOperationException("The emulator reads instants only");
	}

	/** Frozen at an instant, or running with an offset from the base clock. */
	private record Setting(@Nullable Instant frozenAt, Duration offset) {

		static final Setting REAL = new Setting(null, Duration.ZERO);

	}

}
