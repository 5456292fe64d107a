package io.autopilotmock.twilio;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TwilioDatesTests {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2023-05-04T09:42:00.999Z"), ZoneOffset.UTC);

	@Test
	void nowShouldDropTheFraction() {
		assertThat(dates(DateFormat.RFC2822).now()).isEqualTo(Instant.parse("2023-05-04T09:42:00Z"));
	}

	@Test
	void rfc2822ShouldBeEnglishGmtWhateverTheDefaultLocale() {
		Locale previous = Locale.getDefault();
		Locale.setDefault(Locale.GERMANY);
		try {
			TwilioDates dates = dates(DateFormat.RFC2822);
			assertThat(dates.format(dates.now())).isEqualTo("Thu, 04 May 2023 09:42:00 +0000");
			assertThat(dates.format(Instant.parse("2024-12-01T23:05:09Z")))
				.isEqualTo("Sun, 01 Dec 2024 23:05:09 +0000");
		}
		finally {
			Locale.setDefault(previous);
		}
	}

	@Test
	void rfc2822ShouldMatchJavasPatternFormatterOverTwoCenturies() {
		DateTimeFormatter pattern = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.ENGLISH)
			.withZone(ZoneOffset.UTC);
		Random random = new Random(2823);
		long from = Instant.parse("1970-01-01T00:00:00Z").getEpochSecond();
		long to = Instant.parse("2170-01-01T00:00:00Z").getEpochSecond();
		for (int i = 0; i < 100_000; i++) {
			Instant instant = Instant.ofEpochSecond(random.nextLong(from, to));
			assertThat(TwilioDates.rfc2822(instant)).as("%s", instant).isEqualTo(pattern.format(instant));
		}
	}

	@Test
	void formatShouldAnswerEachInstantItsOwnTextWhateverWasFormattedBefore() {
		TwilioDates dates = dates(DateFormat.RFC2822);
		Instant first = Instant.parse("2023-05-04T09:42:00Z");
		Instant second = Instant.parse("2023-05-04T09:42:01Z");
		for (int i = 0; i < 3; i++) {
			assertThat(dates.format(first)).isEqualTo("Thu, 04 May 2023 09:42:00 +0000");
			assertThat(dates.format(first)).isEqualTo("Thu, 04 May 2023 09:42:00 +0000");
			assertThat(dates.format(second)).isEqualTo("Thu, 04 May 2023 09:42:01 +0000");
		}
		TwilioDates iso = dates(DateFormat.ISO8601);
		assertThat(iso.format(first)).isEqualTo("2023-05-04T09:42:00Z");
		assertThat(iso.format(first.plusMillis(250))).isEqualTo("2023-05-04T09:42:00.250Z");
	}

	@Test
	void iso8601ShouldBeUtcWithWholeSeconds() {
		TwilioDates dates = dates(DateFormat.ISO8601);
		assertThat(dates.format(dates.now())).isEqualTo("2023-05-04T09:42:00Z");
	}

	private static TwilioDates dates(DateFormat format) {
		return new TwilioDates(CLOCK, TestProperties.with(format));
	}

}
