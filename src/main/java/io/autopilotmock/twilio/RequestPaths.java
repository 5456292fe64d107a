package io.autopilotmock.twilio;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Paths as Twilio names them in its messages: as requested, without the API version.
 */
final class RequestPaths {

	private static final String VERSION = "/v1";

	private RequestPaths() {
	}

	static String withoutVersion(String path) {
		return (path.equals(VERSION) || path.startsWith(VERSION + "/")) ? path.substring(VERSION.length()) : path;
	}

	static String withoutVersion(HttpServletRequest request) {
		return withoutVersion(request.getRequestURI().substring(request.getContextPath().length()));
	}

}
