package io.autopilotmock.observability;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The request log and metrics settings, bound from {@code autopilot-mock.*} beside the
 * emulator's other settings.
 *
 * @param requestLog whether every API request is logged, one line at INFO
 * @param metrics what is measured and exported
 */
@ConfigurationProperties("autopilot-mock")
public record ObservabilityProperties(@DefaultValue("true") boolean requestLog, @DefaultValue Metrics metrics) {

	/**
	 * @param prometheus whether {@code /actuator/prometheus} is served and API requests
	 * are timed; {@code application.properties} turns the registry on from the same
	 * property
	 */
	public record Metrics(@DefaultValue("false") boolean prometheus) {

	}

}
