package io.autopilotmock.twilio;

import java.util.Locale;

/**
 * The SID prefixes this emulator knows, each with the pattern Twilio's spec gives it.
 */
public enum SidPrefix {

	ACCOUNT("AC"), API_KEY("SK"), ASSISTANT("UA"), WEBHOOK("UM"), DIALOGUE("UK");

	private final String letters;

	SidPrefix(String letters) {
		this.letters = letters;
	}

	public String letters() {
		return this.letters;
	}

	/**
	 * The SID as stored: the prefix as Twilio writes it, the hex digits lowercase.
	 * @param sid a value that {@link #matches(String) matches}
	 */
	public String normalize(String sid) {
		return this.letters + sid.substring(2).toLowerCase(Locale.ROOT);
	}

	/**
	 * Whether the value has this prefix's SID shape, {@code <letters>[0-9a-fA-F]{32}}:
	 * checked by hand, as every request checks a SID or two.
	 */
	public boolean matches(String value) {
		if (value.length() != 34 || !value.startsWith(this.letters)) {
			return false;
		}
		for (int i = 2; i < 34; i++) {
			char c = value.charAt(i);
			if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) {
				return false;
			}
		}
		return true;
	}

}
