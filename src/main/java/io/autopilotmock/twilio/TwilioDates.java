package io.autopilotmock.twilio;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.function.Function;

import org.springframework.stereotype.Component;

/**
 * The one place that reads the clock and formats dates for the wire.
 */
@Component
public class TwilioDates {

	/**
	 * The dates the emulator keeps and sets its clock to: what every database stores and
	 * every client parses.
	 */
	public static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");

	public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

	/** Whether the instant is from {@link #EARLIEST} to {@link #LATEST}. */
	public static boolean inRange(Instant instant) {
		return !instant.isBefore(EARLIEST) && !instant.isAfter(LATEST);
	}

	private static final String[] DAYS = { "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" };

	private static final String[] MONTHS = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
			"Nov", "Dec" };

	private final Clock clock;

	private final Function<Instant, String> formatter;

	/**
	 * The date formatted last: the rows of a page are mostly created within the same
	 * second, and a page formats two dates a row.
	 */
	private volatile Formatted last = new Formatted(Instant.MIN, "");

	public TwilioDates(Clock clock, AutopilotMockProperties properties) {
		this.clock = clock;
		this.formatter = (properties.dateFormat() == DateFormat.ISO8601) ? DateTimeFormatter.ISO_INSTANT::format
				: TwilioDates::rfc2822;
	}

	/** Now, in whole seconds: Twilio's dates carry no fraction. */
	public Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.SECONDS);
	}

	public String format(Instant instant) {
		Formatted last = this.last;
		if (last.instant().equals(instant)) {
			return last.text();
		}
		String text = this.formatter.apply(instant);
		this.last = new Formatted(instant, text);
		return text;
	}

	/**
	 * {@code Thu, 04 May 2023 09:42:00 +0000}: English names, UTC, whole seconds. Written
	 * out because a pattern formatter looks its fields up by name on every call, and a
	 * list page formats a hundred dates.
	 */
	static String rfc2822(Instant instant) {
		LocalDateTime utc = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC);
		return DAYS[utc.getDayOfWeek().ordinal()] + ", " + twoDigits(utc.getDayOfMonth()) + " "
				+ MONTHS[utc.getMonthValue() - 1] + " " + utc.getYear() + " " + twoDigits(utc.getHour()) + ":"
				+ twoDigits(utc.getMinute()) + ":" + twoDigits(utc.getSecond()) + " +0000";
	}

	private static String twoDigits(int value) {
		return (value < 10) ? "0" + value : Integer.toString(value);
	}

	private record Formatted(Instant instant, String text) {

	}

}
