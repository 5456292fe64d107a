package io.autopilotmock.observability;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Turns the one setting {@code autopilot-mock.metrics.prometheus} into the actuator's web
 * exposure: {@code health,prometheus} when it is on, {@code health} alone otherwise.
 * Decided here, when the process starts, rather than by a bean condition: the image runs
 * the bean definitions Spring AOT generated at build time, whose conditions are fixed
 * then. The build generates them with the setting on, so the registry and the endpoint
 * always exist and only their exposure changes. A user's own
 * {@code management.endpoints.web.exposure.include} wins over this default.
 */
class PrometheusExposure implements EnvironmentPostProcessor, Ordered {

	static final String SETTING = "autopilot-mock.metrics.prometheus";

	static final String EXPOSURE = "management.endpoints.web.exposure.include";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		boolean on = environment.getProperty(SETTING, Boolean.class, false);
		environment.getPropertySources()
			.addLast(new MapPropertySource("autopilotMockPrometheusExposure",
					Map.of(EXPOSURE, on ? "health,prometheus" : "health")));
	}

	@Override
	public int getOrder() {
		// After application.properties and the profiles' files are read.
		return ConfigDataEnvironmentPostProcessor.ORDER + 1;
	}

}
