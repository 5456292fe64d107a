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

	/**
	 * The body as JSON text, for answers written outside Spring MVC (the servlet
	 * container's valve, the authentication filter). Written by hand: no message here
	 * holds a character that needs escaping but these.
	 */
	String toJson() {
		return "{\"code\":" + this.code + ",\"message\":\"" + escape(this.message) + "\",\"more_info\":\""
				+ this.moreInfo + "\",\"status\":" + this.status + "}";
	}

	private static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			if (c == '"' || c == '\\') {
				escaped.append('\\').append(c);
			}
			else if (c < 0x20) {
				escaped.append(String.format("\\u%04x", (int) c));
			}
			else {
				escaped.append(c);
			}
		}
		return escaped.toString();
	}

}
