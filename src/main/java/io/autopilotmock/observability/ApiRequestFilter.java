package io.autopilotmock.observability;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

import io.autopilotmock.twilio.Account;
import io.autopilotmock.twilio.TwilioError;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sees every API request's final status, errors written by the exception handler
 * included, and logs it in one line and, when metrics are on, times it. Only what a
 * request is: method, path without its query, status, Twilio's error code, duration and
 * the account SID; never a header, a parameter or a credential.
 */
class ApiRequestFilter extends OncePerRequestFilter {

	static final String METER = "autopilot.api.requests";

	private static final Logger log = LoggerFactory.getLogger(ApiRequestFilter.class);

	/** The fields of the line, also as MDC entries for Spring Boot's structured logs. */
	static final String[] FIELDS = { "method", "path", "status", "twilio_code", "duration_ms", "account_sid",
			"operation" };

	private final boolean logging;

	private final boolean mdc;

	private final @Nullable MeterRegistry registry;

	/**
	 * @param mdc whether the line's fields also go into the MDC, for a structured log:
	 * filling and emptying it costs every request
	 */
	ApiRequestFilter(boolean logging, boolean mdc, @Nullable MeterRegistry registry) {
		this.logging = logging;
		this.mdc = mdc;
		this.registry = registry;
	}

	/** A request a fault delayed is logged from its asynchronous dispatch. */
	@Override
	protected boolean shouldNotFilterAsyncDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long start = System.nanoTime();
		boolean escaped = true;
		try {
			chain.doFilter(request, response);
			escaped = false;
		}
		finally {
			long nanos = System.nanoTime() - start;
			// An exception that escapes the chain becomes the container's 500.
			int status = escaped ? 500 : response.getStatus();
			String operation = Operations.of(request);
			if (this.registry != null) {
				Timer.builder(METER)
					.description("API requests by Twilio operation and HTTP status")
					.tag("operation", operation)
					.tag("status", Integer.toString(status))
					.publishPercentileHistogram()
					.register(this.registry)
					.record(nanos, TimeUnit.NANOSECONDS);
			}
			if (this.logging && log.isInfoEnabled()) {
				log(request, status, operation, nanos, this.mdc);
			}
		}
	}

	private static void log(HttpServletRequest request, int status, String operation, long nanos, boolean mdc) {
		Object code = request.getAttribute(TwilioError.CODE_ATTRIBUTE);
		Object account = request.getAttribute(Account.REQUEST_ATTRIBUTE);
		String[] values = { request.getMethod(), request.getRequestURI(), Integer.toString(status),
				(code != null) ? code.toString() : "-", Long.toString(TimeUnit.NANOSECONDS.toMillis(nanos)),
				(account instanceof Account known) ? known.sid() : "-", operation };
		if (mdc) {
			for (int i = 0; i < FIELDS.length; i++) {
				MDC.put(FIELDS[i], values[i]);
			}
		}
		try {
			log.info("{} {} {} twilio_code={} {} ms account={} operation={}", (Object[]) values);
		}
		finally {
			if (mdc) {
				for (String field : FIELDS) {
					MDC.remove(field);
				}
			}
		}
	}

}
