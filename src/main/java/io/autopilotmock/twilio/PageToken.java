package io.autopilotmock.twilio;

import org.jspecify.annotations.Nullable;

/**
 * A keyset position: the row id a page starts after ({@code PA…}) or ends before
 * ({@code PB…}). Deep pages then cost what page 0 costs.
 */
record PageToken(boolean forward, long id) {

	private static final String NEXT = "PA";

	private static final String PREVIOUS = "PB";

	static PageToken after(long id) {
		return new PageToken(true, id);
	}

	static PageToken before(long id) {
		return new PageToken(false, id);
	}

	static @Nullable PageToken parse(@Nullable String text) {
		if (text == null || text.isEmpty()) {
			return null;
		}
		boolean forward = text.startsWith(NEXT);
		if (!forward && !text.startsWith(PREVIOUS)) {
			throw invalid(text);
		}
		try {
			long id = Long.parseLong(text.substring(2));
			if (id < 0) {
				throw invalid(text);
			}
			return new PageToken(forward, id);
		}
		catch (NumberFormatException ex) {
			throw invalid(text);
		}
	}

	private static TwilioException invalid(String text) {
		return TwilioErrors.invalidParameter("Invalid PageToken: " + text);
	}

	@Override
	public String toString() {
		return (this.forward ? NEXT : PREVIOUS) + this.id;
	}

}
