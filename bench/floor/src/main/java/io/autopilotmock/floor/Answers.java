package io.autopilotmock.floor;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What the floor's answers and the stack floor's (bench/stack-floor) build alike: the
 * account, the dates, the URLs, new SIDs and the list's envelope, each of autopilot-mock's
 * length.
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

	/** A list's first page: autopilot-mock's {@code meta} envelope around the webhooks. */
	static Map<String, Object> firstPage(String assistantUrl, int pageSize, List<WebhookJson> webhooks) {
		String base = assistantUrl + "/Webhooks?PageSize=" + pageSize + "&Page=";
		Map<String, Object> envelope = new LinkedHashMap<>();
		envelope.put("meta", new PageMeta(base + 0, "webhooks", null, 0, pageSize, null, base + 0));
		envelope.put("webhooks", webhooks);
		return envelope;
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
