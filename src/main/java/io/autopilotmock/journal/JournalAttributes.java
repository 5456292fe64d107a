package io.autopilotmock.journal;

/**
 * Request attributes through which other features tell the journal what became of a
 * request.
 */
public final class JournalAttributes {

	/**
	 * The network fault ({@code connection_reset}, {@code empty_response}) that answered
	 * the request instead of an HTTP response.
	 */
	public static final String NETWORK_FAULT = JournalAttributes.class.getName() + ".networkFault";

	/**
	 * The {@link io.autopilotmock.twilio.TwilioError} the request was answered with, when
	 * it was written outside Spring MVC.
	 */
	public static final String ERROR = io.autopilotmock.twilio.TwilioError.class.getName();

	private JournalAttributes() {
	}

}
