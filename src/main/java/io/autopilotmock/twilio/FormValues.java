package io.autopilotmock.twilio;

/**
 * Checks every resource applies to the form values it stores.
 */
public final class FormValues {

	private FormValues() {
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
