package io.autopilotmock.observability;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one setting decides what the actuator exposes, unless the user decided it.
 */
class PrometheusExposureTests {

	@Test
	void offShouldExposeHealthOnly() {
		assertThat(exposure(Map.of())).isEqualTo("health");
		assertThat(exposure(Map.of(PrometheusExposure.SETTING, "false"))).isEqualTo("health");
	}

	@Test
	void onShouldExposePrometheusBesideHealth() {
		assertThat(exposure(Map.of(PrometheusExposure.SETTING, "true"))).isEqualTo("health,prometheus");
	}

	@Test
	void theUsersOwnExposureShouldWin() {
		assertThat(exposure(Map.of(PrometheusExposure.SETTING, "true", PrometheusExposure.EXPOSURE, "health,info")))
			.isEqualTo("health,info");
	}

	private static String exposure(Map<String, Object> properties) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
		new PrometheusExposure().postProcessEnvironment(environment, new SpringApplication());
		return environment.getProperty(PrometheusExposure.EXPOSURE);
	}

}
