package io.autopilotmock.client;

/**
 * A control call the emulator refused, with Twilio's error body: {@code status},
 * {@code code}, {@code message} and {@code more_info}; or a call that got no answer.
 */
public class AutopilotMockException extends RuntimeException {

	private final int status;

	private final Integer code;

	private final String moreInfo;

	AutopilotMockException(int status, Integer code, String message, String moreInfo) {
		super(status + ((code != null) ? " / " + code : "") + ": " + message);
		this.status = status;
		this.code = code;
		this.moreInfo = moreInfo;
	}

	AutopilotMockException(String message, Throwable cause) {
		super(message, cause);
		this.status = 0;
		this.code = null;
		this.moreInfo = null;
	}

	/** The HTTP status; 0 when no answer came. */
	public int getStatus() {
		return this.status;
	}

	/** Twilio's error code, e.g. {@code 20001}; {@code null} when the body had none. */
	public Integer getCode() {
		return this.code;
	}

	public String getMoreInfo() {
		return this.moreInfo;
	}

}
