package io.autopilotmock.twilio;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Twilio's error body. {@code status} must equal the HTTP status: twilio-java reads it
 * from the body.
 */
public record TwilioError(int code, String message, @JsonProperty("more_info") String moreInfo, int status) {

	/**
	 * The request attribute that holds the code of the error a request was answered with,
	 * for its log line.
	 */
	public static final String CODE_ATTRIBUTE = TwilioError.class.getName() + ".code";

	TwilioError(int code, String message, int status) {
		this(code, message, "https://www.twilio.com/docs/errors/" + code, status);
	}

}
