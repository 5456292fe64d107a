package io.autopilotmock.twilio;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The clock every timestamp comes from: a bean so that tests can fix it, and a
 * {@link ControllableClock} so that tests of a running emulator can steer it.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	@Bean
	ControllableClock clock() {
		return new ControllableClock(Clock.systemUTC());
	}

}
