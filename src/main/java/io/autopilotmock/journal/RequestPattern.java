package io.autopilotmock.journal;

import io.autopilotmock.twilio.TwilioErrors;

/**
 * A request path to match, as the journal's filter and the faults take it: exact, or with
 * {@code *} standing for any one segment ({@code /v1/Assistants/*}{@code /Webhooks}).
 */
public final class RequestPattern {

	private static final int MAX_LENGTH = 2048;

	private final String text;

	private final String[] segments;

	private final boolean exact;

	private RequestPattern(String text) {
		this.text = text;
		this.segments = text.split("/", -1);
		this.exact = !text.contains("*");
	}

	/**
	 * The pattern, checked.
	 * @param name the parameter's name, for the error
	 * @throws io.autopilotmock.twilio.TwilioException 400 for a pattern that is not an
	 * absolute path, holds a query, or uses {@code *} other than as a whole segment
	 */
	public static RequestPattern parse(String name, String text) {
		if (!text.startsWith("/") || text.length() > MAX_LENGTH || text.contains("?") || text.contains("#")) {
			throw TwilioErrors.invalidParameter(name + " must be an absolute path without query, at most " + MAX_LENGTH
					+ " characters, e.g. /v1/Assistants/*/Webhooks");
		}
		for (String segment : text.split("/", -1)) {
			if (segment.contains("*") && !segment.equals("*")) {
				throw TwilioErrors.invalidParameter(name + " may use * only as a whole segment, e.g. /v1/Assistants/*");
			}
			if (segment.chars().anyMatch(Character::isISOControl)) {
				throw TwilioErrors.invalidParameter(name + " must not contain control characters");
			}
		}
		return new RequestPattern(text);
	}

	/** Whether the path, as requested and without its query, matches. */
	public boolean matches(String path) {
		if (this.exact) {
			return this.text.equals(path);
		}
		String[] parts = path.split("/", -1);
		if (parts.length != this.segments.length) {
			return false;
		}
		for (int i = 0; i < parts.length; i++) {
			boolean any = this.segments[i].equals("*") && !parts[i].isEmpty();
			if (!any && !this.segments[i].equals(parts[i])) {
				return false;
			}
		}
		return true;
	}

	@Override
	public String toString() {
		return this.text;
	}

}
