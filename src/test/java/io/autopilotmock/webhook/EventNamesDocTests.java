package io.autopilotmock.webhook;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/event-webhooks.md lists exactly the event names a webhook accepts.
 */
class EventNamesDocTests {

	private static final Pattern ROW = Pattern.compile("(?m)^\\| `(on\\w+)` \\|");

	@Test
	void theDocsShouldListEveryEventName() throws Exception {
		String page = Files.readString(Path.of("docs/event-webhooks.md"));
		Matcher rows = ROW.matcher(page);
		List<String> names = new ArrayList<>();
		while (rows.find()) {
			names.add(rows.group(1));
		}
		assertThat(names).hasSize(7);
		assertThat(names.stream().map((name) -> name.toLowerCase(Locale.ROOT)).collect(Collectors.toSet()))
			.isEqualTo(WebhookRules.EVENTS);
	}

}
