package io.autopilotmock.journal;

import java.time.Instant;
import java.util.Map;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import io.autopilotmock.admin.AdminScope;
import io.autopilotmock.twilio.TestProperties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The journal's shares: a full journal evicts from the account holding the most, so one
 * account's requests cannot evict another's.
 */
class RequestJournalTests {

	private static final String A = "AC0000000000000000000000000000000a";

	private static final String B = "AC0000000000000000000000000000000b";

	private static final String C = "AC0000000000000000000000000000000c";

	private final RequestJournal journal = new RequestJournal(TestProperties.defaults(), new SimpleMeterRegistry());

	@Test
	void oneAccountsRequestsShouldEvictItsOwnNotAnothers() {
		record(B, 5);
		record(null, 3);
		record(A, 2000);
		assertThat(this.journal.size()).isEqualTo(1000);
		assertThat(find(B)).isEqualTo(5);
		assertThat(find(A)).isEqualTo(992);
		assertThat(this.journal.find(AdminScope.all(), everything())).hasSize(1000);
	}

	@Test
	void aNewAccountShouldTakeFromTheLargest() {
		record(A, 600);
		record(B, 400);
		record(C, 100);
		assertThat(find(A)).isEqualTo(500);
		assertThat(find(B)).isEqualTo(400);
		assertThat(find(C)).isEqualTo(100);
		record(B, 300);
		assertThat(find(A)).isEqualTo(450);
		assertThat(find(B)).isEqualTo(450);
	}

	@Test
	void entriesShouldComeNewestFirstAndDeleteShouldFreeTheirRoom() {
		record(A, 3);
		record(B, 2);
		assertThat(this.journal.find(AdminScope.all(), everything())).extracting(JournalEntry::id)
			.containsExactly(5L, 4L, 3L, 2L, 1L);
		assertThat(this.journal.deleteAll(AdminScope.of(A))).isEqualTo(3);
		assertThat(this.journal.size()).isEqualTo(2);
	}

	private void record(@Nullable String account, int count) {
		for (int i = 0; i < count; i++) {
			this.journal.add(new JournalEntry(this.journal.nextId(), Instant.EPOCH, "GET", "/v1/Assistants", null,
					Map.of(), 200, null, null, 1, account));
		}
	}

	private int find(String account) {
		return this.journal.find(AdminScope.of(account), everything()).size();
	}

	private static JournalQuery everything() {
		return JournalQuery.parse(null, null, null, null, null);
	}

}
