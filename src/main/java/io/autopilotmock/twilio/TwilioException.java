package io.autopilotmock.twilio;

import org.springframework.http.HttpStatus;

/**
 * A failure with a known Twilio answer. Made only by {@link TwilioErrors}.
 */
public class TwilioException extends RuntimeException {

	private final HttpStatus status;

	private final int code;

	TwilioException(HttpStatus status, int code, String message) {
		super(message, null, false, false);
		this.status = status;
		this.code = code;
	}

	public HttpStatus status() {
		return this.status;
	}

	public TwilioError toError() {
		return new TwilioError(this.code, getMessage(), this.status.value());
	}

}
