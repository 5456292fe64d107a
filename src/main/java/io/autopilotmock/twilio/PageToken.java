package io.autopilotmock.twilio;

import org.jspecify.annotations.Nullable;

/**
 * A keyset position, written as Twilio writes its own: {@code PA} and the SID of the row
 * a page starts after, or {@code PB} and the SID of the row it ends before. A SID, not a
 * row number, so that a token means the same row after a state export and import, which
 * renumbers the rows but keeps their SIDs and order.
 */
record PageToken(boolean forward, String sid) {

	private static final String NEXT = "PA";

	private static final String PREVIOUS = "PB";

	static PageToken after(String sid) {
		return new PageToken(true, sid);
	}

	static PageToken before(String sid) {
		return new PageToken(false, sid);
	}

	/**
	 * Reads a token of a list whose rows have SIDs of this prefix.
	 * @throws TwilioException 400 for anything else
	 */
	static @Nullable PageToken parse(@Nullable String text, SidPrefix rows) {
		if (text == null || text.isEmpty()) {
			return null;
		}
		boolean forward = text.startsWith(NEXT);
		String sid = text.substring(Math.min(2, text.length()));
		if ((!forward && !text.startsWith(PREVIOUS)) || !rows.matches(sid)) {
			throw TwilioErrors.invalidParameter("Invalid PageToken: " + text);
		}
		return new PageToken(forward, rows.normalize(sid));
	}

	@Override
	public String toString() {
		return (this.forward ? NEXT : PREVIOUS) + this.sid;
	}

}
