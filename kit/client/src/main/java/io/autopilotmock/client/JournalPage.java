package io.autopilotmock.client;

import java.util.List;

/**
 * An answer of {@code GET /__admin/requests}.
 *
 * @param total how many requests matched, whatever the limit
 * @param requests the first of them, newest first
 */
public record JournalPage(long total, List<JournalEntry> requests) {

	static JournalPage of(Object json) {
		Fields fields = Fields.of(json);
		return new JournalPage(fields.count("total"), fields.list("requests", JournalEntry::of));
	}

}
