package io.autopilotmock.floor;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What the floor's answers and the stack floor's (bench/stack-floor) build alike: the
 * account, the dates, the URLs and new SIDs, each of autopilot-mock's length.
 */
final class Answers {

	static final String ACCOUNT_SID = "AC" + "0".repeat(32);

	static final DateTimeFormatter RFC_2822 = DateTimeFormatter
		.ofPattern("EEE, dd MMM yyyy HH:mm:ss '+0000'", Locale.ENGLISH)
		.withZone(ZoneOffset.UTC);

	private Answers() {
	}

	static String assistantUrl(HttpServletRequest request, String assistantSid) {
		return request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort() + "/v1/Assistants/"
				+ assistantSid;
	}

	/** A new random webhook SID: "UM" and 32 hex digits. */
	static String newSid() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return "UM" + hex(random.nextLong()) + hex(random.nextLong());
	}

	private static String hex(long value) {
		String digits = Long.toHexString(value);
		return "0".repeat(16 - digits.length()) + digits;
	}

}
