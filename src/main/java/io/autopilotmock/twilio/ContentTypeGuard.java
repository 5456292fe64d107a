package io.autopilotmock.twilio;

import java.util.Set;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses, with 415, a {@code Content-Type} that names no one media type, such as
 * {@code *}{@code /*}: Spring MVC cannot even represent it, and would fail with a 500
 * wherever a handler reads the body.
 */
class ContentTypeGuard implements HandlerInterceptor {

	private static final Set<String> WITH_BODY = Set.of("POST", "PUT", "PATCH");

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		String contentType = request.getContentType();
		if (contentType != null && request.getDispatcherType() == DispatcherType.REQUEST
				&& WITH_BODY.contains(request.getMethod()) && !concrete(contentType)) {
			throw TwilioErrors.unsupportedMediaType();
		}
		return true;
	}

	private static boolean concrete(String contentType) {
		try {
			MediaType type = MediaType.parseMediaType(contentType);
			return !type.isWildcardType() && !type.isWildcardSubtype();
		}
		catch (InvalidMediaTypeException ex) {
			return true; // Spring reads it as no content type: answered where a body is
							// read
		}
	}

}
