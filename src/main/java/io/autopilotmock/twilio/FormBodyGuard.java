package io.autopilotmock.twilio;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.tomcat.util.http.InvalidParameterException;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Rejects what Twilio would not read as form parameters: a POST body of another media
 * type (415), one larger than the container accepts (413) or one it could not decode
 * (400). Parameters are parsed here, before any binding, so that the container's parse
 * failure gets its own answer rather than a 500.
 */
class FormBodyGuard implements HandlerInterceptor {

	static final String MALFORMED = "Malformed request parameters: not percent-encoded UTF-8";

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if ("POST".equals(request.getMethod()) && hasBody(request) && !isForm(request.getContentType())) {
			throw TwilioErrors.unsupportedMediaType();
		}
		try {
			request.getParameterMap();
		}
		catch (InvalidParameterException ex) {
			throw unparsable(ex);
		}
		return true;
	}

	/** Twilio's answer for parameters the container could not parse. */
	static TwilioException unparsable(InvalidParameterException ex) {
		return (ex.getErrorCode() == HttpStatus.CONTENT_TOO_LARGE.value()) ? TwilioErrors.payloadTooLarge()
				: TwilioErrors.invalidParameter(MALFORMED);
	}

	private static boolean hasBody(HttpServletRequest request) {
		return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
	}

	private static boolean isForm(String contentType) {
		if (contentType == null) {
			return false;
		}
		try {
			return MediaType.APPLICATION_FORM_URLENCODED.includes(MediaType.parseMediaType(contentType));
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
