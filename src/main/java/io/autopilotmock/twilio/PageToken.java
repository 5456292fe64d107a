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
		String digits = text.substring(Math.min(2, text.length()));
		// Only what toString writes: Long.parseLong alone would also take a sign.
		if ((!forward && !text.startsWith(PREVIOUS)) || digits.isEmpty()
				|| !digits.chars().allMatch((c) -> c >= '0' && c <= '9')) {
			throw invalid(text);
		}
		try {
			return new PageToken(forward, Long.parseLong(digits));
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
