package io.autopilotmock.admin;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import io.autopilotmock.twilio.TwilioErrors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Authorizes every {@code /__admin} handler, unless it is declared {@link OpenToAnyone},
 * once its handler is known and before any argument is resolved: a caller who may not use
 * the control surface gets 401 whatever the body it sends, and no body of theirs is read.
 * Then a body whose declared length exceeds its limit is 413, still unread; a body
 * without a declared length is cut at its limit by {@link BodyLimitFilter}.
 */
final class AdminAccessInterceptor implements HandlerInterceptor {

	private final ObjectProvider<AdminAccess> access;

	private final BodyLimits limits;

	AdminAccessInterceptor(ObjectProvider<AdminAccess> access, BodyLimits limits) {
		this.access = access;
		this.limits = limits;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (request.getDispatcherType() != DispatcherType.REQUEST || isOpen(handler)) {
			return true;
		}
		this.access.getObject().scope(request, queryParameter(request, AdminWebConfiguration.ACCOUNT_PARAMETER));
		if (request.getContentLengthLong() > this.limits.of(request)) {
			throw TwilioErrors.payloadTooLarge(this.limits.of(request));
		}
		return true;
	}

	private static boolean isOpen(Object handler) {
		return handler instanceof HandlerMethod method && (method.hasMethodAnnotation(OpenToAnyone.class)
				|| AnnotatedElementUtils.hasAnnotation(method.getBeanType(), OpenToAnyone.class));
	}

	/**
	 * A parameter of the query alone: {@link HttpServletRequest#getParameter} would read
	 * a form body, before the caller is known.
	 */
	static @Nullable String queryParameter(HttpServletRequest request, String name) {
		String query = request.getQueryString();
		if (query == null) {
			return null;
		}
		for (String pair : query.split("&")) {
			int equals = pair.indexOf('=');
			String key = (equals < 0) ? pair : pair.substring(0, equals);
			if (decode(key).equals(name)) {
				return (equals < 0) ? "" : decode(pair.substring(equals + 1));
			}
		}
		return null;
	}

	private static String decode(String text) {
		try {
			return URLDecoder.decode(text, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			throw TwilioErrors.invalidParameter("The query is not valid URL encoding");
		}
	}

}
