package io.autopilotmock.twilio;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A clock that starts at {@link FixedClockConfiguration#NOW} and that tests move, to see
 * dates change. Tests that move it set it back before each test.
 */
@TestConfiguration(proxyBeanMethods = false)
public class MutableClockConfiguration {

	@Bean
	@Primary
	MutableClock mutableClock() {
		return new MutableClock(FixedClockConfiguration.NOW);
	}

}
