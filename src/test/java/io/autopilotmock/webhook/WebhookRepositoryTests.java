package io.autopilotmock.webhook;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase.Replace;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The Flyway migration against the entity mapping and the SQL reads, and the constraints
 * that decide races.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = Replace.NONE)
@Import(WebhookReads.class)
class WebhookRepositoryTests {

	private static final Instant NOW = Instant.parse("2023-05-04T09:42:00Z");

	// An account no other test uses: the database may be shared with other test classes.
	private static final String ACCOUNT = "AC" + "da7a".repeat(8);

	private static final String OTHER_ACCOUNT = "AC" + "0be7".repeat(8);

	@Autowired
	WebhookRepository webhooks;

	@Autowired
	WebhookReads reads;

	@Autowired
	JdbcClient jdbc;

	@Test
	void uniqueNameShouldBeUniquePerAssistant() {
		long assistant = assistant("UA00000000000000000000000000000001");
		this.webhooks.saveAndFlush(webhook("UM00000000000000000000000000000001", assistant, "hook"));
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(
					() -> this.webhooks.saveAndFlush(webhook("UM00000000000000000000000000000002", assistant, "hook")))
			.satisfies((ex) -> assertThat(ex.getMostSpecificCause().getMessage())
				.containsIgnoringCase("webhook_unique_name_uk"));
	}

	@Test
	void theSameUniqueNameShouldBeFreeInAnotherAssistant() {
		long first = assistant("UA00000000000000000000000000000001");
		long second = assistant("UA00000000000000000000000000000002");
		this.webhooks.saveAndFlush(webhook("UM00000000000000000000000000000001", first, "hook"));
		this.webhooks.saveAndFlush(webhook("UM00000000000000000000000000000002", second, "hook"));
		assertThat(this.reads.byUniqueName(second, "hook")).isPresent();
	}

	@Test
	void rowsShouldRoundTripEveryColumn() {
		long assistant = assistant("UA00000000000000000000000000000001");
		long id = this.webhooks.saveAndFlush(webhook("UM00000000000000000000000000000001", assistant, "hook")).id();
		Webhook read = this.webhooks.findById(id).orElseThrow();
		assertThat(read.id()).isEqualTo(id);
		assertThat(read.uniqueName()).isEqualTo("hook");
		assertThat(read.events()).isEqualTo("onDialogueStart");
		assertThat(read.webhookUrl()).isEqualTo("https://example.com/hook");
		assertThat(read.webhookMethod()).isEqualTo("GET");
		assertThat(read.dateCreated()).isEqualTo(NOW);
		assertThat(this.reads.bySid(assistant, "UM00000000000000000000000000000001"))
			.contains(new WebhookRow(id, "UM00000000000000000000000000000001", ACCOUNT, "hook", "onDialogueStart",
					"https://example.com/hook", "GET", NOW, NOW.plusSeconds(60)));
	}

	@Test
	void keysetQueriesShouldFollowCreationOrder() {
		long assistant = assistant("UA00000000000000000000000000000001");
		long third = 0;
		for (int i = 1; i <= 5; i++) {
			long id = this.webhooks
				.saveAndFlush(webhook("UM0000000000000000000000000000000" + i, assistant, "hook-" + i))
				.id();
			third = (i == 3) ? id : third;
		}
		assertThat(this.reads.after(assistant, third, 5)).extracting(WebhookRow::uniqueName)
			.containsExactly("hook-4", "hook-5");
		assertThat(this.reads.before(assistant, third, 1)).extracting(WebhookRow::uniqueName).containsExactly("hook-2");
		assertThat(this.reads.fromOffset(assistant, 1, 2)).extracting(WebhookRow::uniqueName)
			.containsExactly("hook-2", "hook-3");
		assertThat(this.reads.byUniqueName(assistant, "hook-3")).map(WebhookRow::id).contains(third);
	}

	@Test
	void oneQueryReadsShouldMatchAccountAssistantAndWebhook() {
		long assistant = assistant("UA00000000000000000000000000000001");
		assistant("UA00000000000000000000000000000002");
		this.webhooks.saveAndFlush(webhook("UM00000000000000000000000000000001", assistant, "hook"));
		assertThat(
				this.reads.bySids(ACCOUNT, "UA00000000000000000000000000000001", "UM00000000000000000000000000000001"))
			.hasValueSatisfying((read) -> assertThat(read.uniqueName()).isEqualTo("hook"));
		assertThat(this.reads.byUniqueName(ACCOUNT, "UA00000000000000000000000000000001", "hook"))
			.hasValueSatisfying((read) -> assertThat(read.sid()).isEqualTo("UM00000000000000000000000000000001"));
		// The webhook exists, but not in this assistant, nor in this account.
		assertThat(
				this.reads.bySids(ACCOUNT, "UA00000000000000000000000000000002", "UM00000000000000000000000000000001"))
			.isEmpty();
		assertThat(this.reads.byUniqueName(ACCOUNT, "UA00000000000000000000000000000002", "hook")).isEmpty();
		assertThat(this.reads.bySids(OTHER_ACCOUNT, "UA00000000000000000000000000000001",
				"UM00000000000000000000000000000001"))
			.isEmpty();
		assertThat(this.reads.byUniqueName(OTHER_ACCOUNT, "UA00000000000000000000000000000001", "hook")).isEmpty();
	}

	@Test
	void deletingTheAssistantShouldDeleteItsWebhooks() {
		long assistant = assistant("UA00000000000000000000000000000001");
		this.webhooks.saveAndFlush(webhook("UM00000000000000000000000000000001", assistant, "hook"));
		this.jdbc.sql("DELETE FROM assistant WHERE id = ?").param(assistant).update();
		assertThat(this.jdbc.sql("SELECT count(*) FROM webhook WHERE assistant_id = ?")
			.param(assistant)
			.query(Long.class)
			.single()).isZero();
	}

	private long assistant(String sid) {
		this.jdbc.sql("INSERT INTO assistant (sid, account_sid, date_created, date_updated) VALUES (?, ?, ?, ?)")
			.params(sid, ACCOUNT, NOW.atOffset(java.time.ZoneOffset.UTC), NOW.atOffset(java.time.ZoneOffset.UTC))
			.update();
		return this.jdbc.sql("SELECT id FROM assistant WHERE account_sid = ? AND sid = ?")
			.params(ACCOUNT, sid)
			.query(Long.class)
			.single();
	}

	private static Webhook webhook(String sid, long assistant, String uniqueName) {
		return new Webhook(sid, ACCOUNT, assistant,
				new WebhookForm(uniqueName, "onDialogueStart", "https://example.com/hook", "GET"), NOW,
				NOW.plusSeconds(60));
	}

}
