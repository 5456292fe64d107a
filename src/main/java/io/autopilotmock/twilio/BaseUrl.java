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

	/** Enough hosts for any test setup; past this many, the map stops growing. */
	private static final int MAX_KNOWN = 256;

	/** Host names longer than this are a stranger's, and worked out each time. */
	private static final int MAX_KEY = 300;

	private final @Nullable URI configured;

	/**
	 * Base URLs by scheme, host, port and context path: every answer writes one, and
	 * building it through a URI builder cost more than the rest of the URL.
	 */
	private final Remembered<String, String> known = new Remembered<>(MAX_KNOWN);

	BaseUrl(AutopilotMockProperties properties) {
		this.configured = properties.publicBaseUrl();
	}

	public String of(HttpServletRequest request) {
		if (this.configured != null) {
			return this.configured.toString();
		}
		String key = request.getScheme() + " " + request.getServerName() + " " + request.getServerPort() + " "
				+ request.getContextPath();
		if (key.length() > MAX_KEY) {
			return ServletUriComponentsBuilder.fromContextPath(request).toUriString();
		}
		return this.known.get(key, (unknown) -> ServletUriComponentsBuilder.fromContextPath(request).toUriString());
	}

}
