package io.autopilotmock.twilio;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The SID prefixes this emulator knows, each with the pattern Twilio's spec gives it.
 */
public enum SidPrefix {

	ACCOUNT("AC"), API_KEY("SK"), ASSISTANT("UA"), WEBHOOK("UM"), DIALOGUE("UK");

	private final String letters;

	private final Pattern pattern;

	SidPrefix(String letters) {
		this.letters = letters;
		this.pattern = Pattern.compile(letters + "[0-9a-fA-F]{32}");
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

	/** Whether the value has this prefix's SID shape; hex digits of either case. */
	public boolean matches(String value) {
		return value.length() == 34 && this.pattern.matcher(value).matches();
	}

}
