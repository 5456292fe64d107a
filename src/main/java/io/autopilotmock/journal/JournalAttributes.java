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

	private JournalAttributes() {
	}

}
