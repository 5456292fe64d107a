package io.autopilotmock.twilio;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Answers every failure, Spring's own included, with Twilio's error body. The body goes
 * out as bytes with its {@code Content-Length}: Spring MVC flushes a
 * {@link ResponseEntity} before the request ends, and without a length Tomcat then sends
 * the answer chunked, in two writes.
 */
@RestControllerAdvice
class TwilioExceptionHandler extends ResponseEntityExceptionHandler {

	static final String BASIC_CHALLENGE = "Basic realm=\"Twilio API\"";

	private static final Log log = LogFactory.getLog(TwilioExceptionHandler.class);

	private final JsonMapper json;

	TwilioExceptionHandler(JsonMapper json) {
		this.json = json;
	}

	@ExceptionHandler
	ResponseEntity<Object> handleTwilio(TwilioException ex) {
		return respond(ex, new HttpHeaders());
	}

	@ExceptionHandler
	ResponseEntity<Object> handleNotFound(ResourceNotFoundException ex, HttpServletRequest request) {
		return respond(TwilioErrors.notFound(RequestPaths.withoutVersion(request)), new HttpHeaders());
	}

	/**
	 * Parameters the container could not parse, met outside the API's form guard: the
	 * query of a control call.
	 */
	@ExceptionHandler
	ResponseEntity<Object> handleUnparsableParameters(InvalidParameterException ex) {
		return respond(FormBodyGuard.unparsable(ex), new HttpHeaders());
	}

	/**
	 * The database is away: no connection, a connection lost, or a rollback that could
	 * not reach it ({@link TransactionSystemException}, "JDBC rollback failed").
	 */
	@ExceptionHandler({ CannotCreateTransactionException.class, DataAccessResourceFailureException.class,
			TransactionSystemException.class })
	ResponseEntity<Object> handleDatabaseDown(Exception ex) {
		log.warn("Database unavailable: " + ex.getMessage());
		return respond(TwilioErrors.unavailable(), new HttpHeaders());
	}

	@ExceptionHandler
	ResponseEntity<Object> handleUnexpected(Exception ex) {
		log.error("Unexpected failure", ex);
		return respond(TwilioErrors.internal(), new HttpHeaders());
	}

	/**
	 * A body that is not JSON, has a field no record has, or a value of the wrong type: a
	 * 400 that says which. Cut at its limit while read: the 413.
	 */
	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
			if (cause instanceof TwilioException twilio) {
				return respond(twilio, new HttpHeaders());
			}
			if (cause instanceof JacksonException json) {
				return respond(JsonErrors.of(json, "The body"), new HttpHeaders());
			}
		}
		return super.handleHttpMessageNotReadable(ex, headers, status, request);
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		HttpServletRequest servletRequest = ((NativeWebRequest) request).getNativeRequest(HttpServletRequest.class);
		String path = (servletRequest != null) ? RequestPaths.withoutVersion(servletRequest) : "";
		HttpHeaders kept = new HttpHeaders();
		if (headers.getAllow() != null && !headers.getAllow().isEmpty()) {
			kept.setAllow(headers.getAllow());
		}
		return respond(TwilioErrors.forStatus(statusCode.value(), path), kept);
	}

	private ResponseEntity<Object> respond(TwilioException ex, HttpHeaders headers) {
		if (ex.status() == HttpStatus.UNAUTHORIZED) {
			headers.set(HttpHeaders.WWW_AUTHENTICATE, BASIC_CHALLENGE);
		}
		TwilioError error = ex.toError();
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null) {
			request.setAttribute(TwilioError.CODE_ATTRIBUTE, error.code(), RequestAttributes.SCOPE_REQUEST);
		}
		byte[] body = this.json.writeValueAsBytes(error);
		return ResponseEntity.status(ex.status())
			.headers(headers)
			.contentType(MediaType.APPLICATION_JSON)
			.contentLength(body.length)
			.body(body);
	}

}
