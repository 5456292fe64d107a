package io.autopilotmock.twilio;

/**
 * The Twilio account a request acts for. Every stored row belongs to one, and every query
 * is scoped to it.
 *
 * @param sid the account SID, {@code AC…}
 */
public record Account(String sid) {

	/** The request attribute that holds the account an API request acts for. */
	public static final String REQUEST_ATTRIBUTE = Account.class.getName();

}
