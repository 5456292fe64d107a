package io.autopilotmock.admin;

import jakarta.servlet.http.HttpServletRequest;

import io.autopilotmock.twilio.AutopilotMockProperties;

/**
 * How large a control call's body may be: {@code autopilot-mock.admin.max-body-size}, or
 * {@code max-state-size} for the state document, which holds a whole store.
 */
final class BodyLimits {

	private final long body;

	private final long state;

	BodyLimits(AutopilotMockProperties.Admin settings) {
		this.body = settings.maxBodySize().toBytes();
		this.state = settings.maxStateSize().toBytes();
	}

	long of(HttpServletRequest request) {
		return ("PUT".equals(request.getMethod()) && "/__admin/state".equals(path(request))) ? this.state : this.body;
	}

	private static String path(HttpServletRequest request) {
		String uri = request.getRequestURI();
		return uri.substring(request.getContextPath().length());
	}

}
