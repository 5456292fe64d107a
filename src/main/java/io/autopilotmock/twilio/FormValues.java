package io.autopilotmock.twilio;

import org.jspecify.annotations.Nullable;

/**
 * Checks every resource applies to the form values it stores.
 */
public final class FormValues {

	/** Twilio's limit for unique names, of every resource. */
	public static final int MAX_UNIQUE_NAME = 64;

	private FormValues() {
	}

	/**
	 * A {@code UniqueName} as sent, or {@code null} when not sent. A name shaped like a
	 * SID of the resource would shadow addressing by SID, so it is refused.
	 * @param resource the resource's name in the message, e.g. {@code a Webhook}
	 */
	public static @Nullable String uniqueName(@Nullable String value, SidPrefix sids, String resource) {
		if (value == null) {
			return null;
		}
		checkText("UniqueName", value);
		checkNotBlank("UniqueName", value);
		checkLength("UniqueName", value, MAX_UNIQUE_NAME);
		if (sids.matches(value)) {
			throw TwilioErrors.invalidParameter("UniqueName must not look like " + resource + " SID: " + value);
		}
		return value;
	}

	/**
	 * Control characters are refused in every parameter: they would be stored and echoed
	 * otherwise. Bytes that are not UTF-8 never get here: {@link FormBodyGuard} refuses
	 * them.
	 */
	public static void checkText(String name, String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c < 0x20 || c == 0x7f) {
				throw TwilioErrors.invalidParameter(name + " must not contain control characters");
			}
		}
	}

	public static void checkNotBlank(String name, String value) {
		if (value.isBlank()) {
			throw TwilioErrors.invalidParameter(name + " must not be blank");
		}
	}

	public static void checkLength(String name, String value, int max) {
		if (value.length() > max) {
			throw TwilioErrors.invalidParameter(name + " must be at most " + max + " characters long");
		}
	}

}
