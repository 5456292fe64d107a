package io.autopilotmock.twilio;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Random SIDs, or a reproducible sequence when {@code autopilot-mock.sid.seed} is set.
 * Chosen when the bean is made, not by a condition, so that the choice is the running
 * process's even when Spring AOT fixed the bean definitions at build time.
 */
@Configuration(proxyBeanMethods = false)
class SidGeneratorConfiguration {

	@Bean
	SidGenerator sidGenerator(AutopilotMockProperties properties) {
		String seed = properties.sid().seed();
		return (seed != null) ? new SeededSidGenerator(seed) : new RandomSidGenerator();
	}

}
