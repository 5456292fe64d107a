package io.autopilotmock.journal;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.autopilotmock.admin.AdminScope;

import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /__admin/requests}: the journal of API requests, read with filters and cleared,
 * on the caller's scope.
 */
@RestController
@RequestMapping("/__admin/requests")
class JournalController {

	private final RequestJournal journal;

	JournalController(RequestJournal journal) {
		this.journal = journal;
	}

	@GetMapping
	JournalPage find(AdminScope scope, @RequestParam(required = false) @Nullable String method,
			@RequestParam(required = false) @Nullable String path,
			@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String since,
			@RequestParam(required = false) @Nullable String limit) {
		JournalQuery query = JournalQuery.parse(method, path, status, since, limit);
		List<JournalEntry> found = this.journal.find(scope, query);
		int shown = (query.limit() != null) ? Math.min(query.limit(), found.size()) : found.size();
		return new JournalPage(found.size(), found.subList(0, shown));
	}

	@DeleteMapping
	Map<String, Long> clear(AdminScope scope) {
		return Map.of("deleted", this.journal.deleteAll(scope));
	}

	/**
	 * @param total how many entries match, whatever the limit
	 * @param requests the first {@code limit} of them, newest first
	 */
	record JournalPage(long total, List<JournalEntry> requests) {

	}

}
