package io.autopilotmock.journal;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import io.autopilotmock.twilio.TwilioErrors;

/**
 * The filters of {@code GET /__admin/requests}, checked: each absent one matches
 * everything.
 *
 * @param method the HTTP method, upper case
 * @param path the path pattern
 * @param status an exact status ({@code 404}), or {@code 400}..{@code 499} for a class
 * given as {@code 4xx}
 * @param statusClass whether {@code status} stands for its whole hundred
 * @param since the earliest time
 * @param limit how many entries to answer at most
 */
record JournalQuery(@Nullable String method, @Nullable RequestPattern path, @Nullable Integer status,
		boolean statusClass, @Nullable Instant since, @Nullable Integer limit) {

	static JournalQuery parse(@Nullable String method, @Nullable String path, @Nullable String status,
			@Nullable String since, @Nullable String limit) {
		boolean statusClass = status != null && status.length() == 3 && status.endsWith("xx");
		return new JournalQuery(checkedMethod(method), (path != null) ? RequestPattern.parse("path", path) : null,
				checkedStatus(status, statusClass), statusClass, checkedSince(since), checkedLimit(limit));
	}

	boolean matches(JournalEntry entry) {
		return (this.method == null || this.method.equals(entry.method()))
				&& (this.path == null || this.path.matches(entry.path())) && matchesStatus(entry.status())
				&& (this.since == null || !entry.time().isBefore(this.since));
	}

	private boolean matchesStatus(@Nullable Integer actual) {
		if (this.status == null) {
			return true;
		}
		if (actual == null) {
			return false;
		}
		return this.statusClass ? actual / 100 == this.status / 100 : actual.intValue() == this.status;
	}

	static @Nullable String checkedMethod(@Nullable String method) {
		if (method == null) {
			return null;
		}
		if (method.isEmpty() || method.length() > 16 || !method.chars().allMatch(Character::isLetter)) {
			throw TwilioErrors.invalidParameter("method must be an HTTP method such as GET or POST");
		}
		return method.toUpperCase(Locale.ROOT);
	}

	private static @Nullable Integer checkedStatus(@Nullable String status, boolean statusClass) {
		if (status == null) {
			return null;
		}
		String digits = statusClass ? status.substring(0, 1) + "00" : status;
		try {
			int value = Integer.parseInt(digits);
			if (value >= 100 && value <= 599 && digits.length() == 3) {
				return value;
			}
		}
		catch (NumberFormatException ex) {
			// answered below
		}
		throw TwilioErrors.invalidParameter("status must be an HTTP status from 100 to 599, or a class such as 4xx");
	}

	private static @Nullable Instant checkedSince(@Nullable String since) {
		if (since == null) {
			return null;
		}
		try {
			return Instant.parse(since);
		}
		catch (DateTimeParseException ex) {
			throw TwilioErrors.invalidParameter("since must be an ISO 8601 instant such as 2023-05-04T09:42:00Z");
		}
	}

	private static @Nullable Integer checkedLimit(@Nullable String limit) {
		if (limit == null) {
			return null;
		}
		try {
			int value = Integer.parseInt(limit);
			if (value >= 1) {
				return value;
			}
		}
		catch (NumberFormatException ex) {
			// answered below
		}
		throw TwilioErrors.invalidParameter("limit must be a whole number of at least 1");
	}

}
