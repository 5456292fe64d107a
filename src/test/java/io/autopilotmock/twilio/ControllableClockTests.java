package io.autopilotmock.twilio;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ControllableClockTests {

	private static final Instant BASE = Instant.parse("2026-01-01T00:00:00Z");

	private final MutableClock base = new MutableClock(BASE);

	private final ControllableClock clock = new ControllableClock(this.base);

	@Test
	void shouldFollowTheBaseClockUntilSet() {
		assertThat(this.clock.instant()).isEqualTo(BASE);
		this.base.set(BASE.plusSeconds(5));
		assertThat(this.clock.instant()).isEqualTo(BASE.plusSeconds(5));
		assertThat(this.clock.frozen()).isFalse();
	}

	@Test
	void frozenClockShouldStayPutAndAdvanceOnlyWhenTold() {
		Instant frozen = Instant.parse("2023-05-04T09:42:00Z");
		this.clock.freeze(frozen);
		this.base.set(BASE.plusSeconds(60));
		assertThat(this.clock.instant()).isEqualTo(frozen);
		this.clock.advance(Duration.ofHours(1));
		assertThat(this.clock.instant()).isEqualTo(frozen.plusSeconds(3600));
		assertThat(this.clock.frozen()).isTrue();
	}

	@Test
	void runningClockShouldAdvanceByAnOffsetAndKeepRunning() {
		this.clock.advance(Duration.ofDays(1));
		assertThat(this.clock.instant()).isEqualTo(BASE.plus(Duration.ofDays(1)));
		this.base.set(BASE.plusSeconds(7));
		assertThat(this.clock.instant()).isEqualTo(BASE.plus(Duration.ofDays(1)).plusSeconds(7));
		this.clock.advance(Duration.ofDays(-2));
		assertThat(this.clock.instant()).isEqualTo(BASE.minus(Duration.ofDays(1)).plusSeconds(7));
		assertThat(this.clock.frozen()).isFalse();
	}

	@Test
	void resetShouldReturnToTheBaseClock() {
		this.clock.freeze(Instant.EPOCH);
		this.clock.reset();
		assertThat(this.clock.instant()).isEqualTo(BASE);
		this.clock.advance(Duration.ofHours(3));
		this.clock.reset();
		assertThat(this.clock.instant()).isEqualTo(BASE);
	}

}
