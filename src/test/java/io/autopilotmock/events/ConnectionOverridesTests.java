package io.autopilotmock.events;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;

import io.autopilotmock.events.ConnectionOverrides.Failure;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading Twilio's connection overrides from a webhook URL's fragment: every key, its
 * range, and what is ignored.
 */
class ConnectionOverridesTests {

	@Test
	void withoutAFragmentTwilioDefaultsShouldApply() {
		ConnectionOverrides overrides = ConnectionOverrides.of("https://h/x?a=1");
		assertThat(overrides).isEqualTo(new ConnectionOverrides(5000, 15000, 15000, 1, EnumSet.of(Failure.CONNECT)));
	}

	@Test
	void everyKeyShouldBeRead() {
		ConnectionOverrides overrides = ConnectionOverrides.of("https://h/x#ct=1000&rt=2000&tt=3000&rc=4&rp=4xx,rt");
		assertThat(overrides)
			.isEqualTo(new ConnectionOverrides(1000, 2000, 3000, 4, EnumSet.of(Failure.CLIENT_ERROR, Failure.READ)));
	}

	@Test
	void rpShouldTakeEachTokenOrAll() {
		assertThat(ConnectionOverrides.of("https://h/x#rp=5xx").retryOn()).containsExactly(Failure.SERVER_ERROR);
		assertThat(ConnectionOverrides.of("https://h/x#rp=ct").retryOn()).containsExactly(Failure.CONNECT);
		assertThat(ConnectionOverrides.of("https://h/x#rp=RT").retryOn()).containsExactly(Failure.READ);
		assertThat(ConnectionOverrides.of("https://h/x#rp=4xx").retryOn()).containsExactly(Failure.CLIENT_ERROR);
		assertThat(ConnectionOverrides.of("https://h/x#rp=all").retryOn()).isEqualTo(EnumSet.allOf(Failure.class));
		assertThat(ConnectionOverrides.of("https://h/x#rp=5xx,ct").retryOn())
			.containsExactlyInAnyOrder(Failure.SERVER_ERROR, Failure.CONNECT);
	}

	@Test
	void numbersOutsideTheirRangeShouldBeClamped() {
		assertThat(ConnectionOverrides.of("https://h/x#ct=1&rt=1&tt=1&rc=-3"))
			.isEqualTo(new ConnectionOverrides(100, 100, 100, 0, EnumSet.of(Failure.CONNECT)));
		assertThat(ConnectionOverrides.of("https://h/x#ct=99999&rt=99999&tt=99999&rc=9"))
			.isEqualTo(new ConnectionOverrides(10000, 15000, 15000, 5, EnumSet.of(Failure.CONNECT)));
	}

	@Test
	void whatCannotBeReadShouldBeIgnored() {
		assertThat(ConnectionOverrides.of("https://h/x#ct=soon&rc=&rp=never&e=ashburn&sni=y&flag&zz=1"))
			.isEqualTo(ConnectionOverrides.DEFAULTS);
		assertThat(ConnectionOverrides.of("https://h/x#rp=5xx,nonsense").retryOn())
			.containsExactly(Failure.SERVER_ERROR);
	}

}
