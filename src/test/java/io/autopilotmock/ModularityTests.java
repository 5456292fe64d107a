package io.autopilotmock;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

/**
 * Features depend on {@code twilio} and on each other's public types only, never in a
 * cycle, and {@code twilio} depends on no feature.
 */
class ModularityTests {

	@Test
	void modulesShouldRespectTheirBoundaries() {
		ApplicationModules.of(AutopilotMockApplication.class).verify();
	}

}
