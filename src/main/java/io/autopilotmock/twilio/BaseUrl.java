package io.autopilotmock.twilio;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The base of every absolute {@code url} the emulator writes: the configured public base
 * URL, else the request's own scheme, host and port, so that SDKs which follow those URLs
 * verbatim come back to the emulator.
 */
@Component
public class BaseUrl {

	private final @Nullable URI configured;

	BaseUrl(AutopilotMockProperties properties) {
		this.configured = properties.publicBaseUrl();
	}

	public String of(HttpServletRequest request) {
		return (this.configured != null) ? this.configured.toString()
				: ServletUriComponentsBuilder.fromContextPath(request).toUriString();
	}

}
