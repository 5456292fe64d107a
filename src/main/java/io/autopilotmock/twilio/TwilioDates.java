package io.autopilotmock.twilio;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * The one place that reads the clock and formats dates for the wire.
 */
@Component
public class TwilioDates {

	private static final DateTimeFormatter RFC_2822 = DateTimeFormatter
		.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.ENGLISH)
		.withZone(ZoneOffset.UTC);

	private final Clock clock;

	private final DateTimeFormatter formatter;

	public TwilioDates(Clock clock, AutopilotMockProperties properties) {
		this.clock = clock;
		this.formatter = (properties.dateFormat() == DateFormat.ISO8601) ? DateTimeFormatter.ISO_INSTANT : RFC_2822;
	}

	/** Now, in whole seconds: Twilio's dates carry no fraction. */
	public Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.SECONDS);
	}

	public String format(Instant instant) {
		return this.formatter.format(instant);
	}

}
