package io.autopilotmock.client;

import java.util.List;

/**
 * A journal assertion that did not hold: the message names the pattern, the count
 * expected and found, and the newest requests the journal holds.
 */
public class VerificationError extends AssertionError {

	private final List<JournalEntry> found;

	VerificationError(String message, List<JournalEntry> found) {
		super(message);
		this.found = found;
	}

	/** The requests that did match. */
	public List<JournalEntry> getFound() {
		return this.found;
	}

}
