package io.autopilotmock.events;

import java.util.List;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * In H2, {@code delivery}'s one foreign key (migration 6 dropped the dialogue's) uses its
 * named index, with no second index of its own on the same column (migration 5), and
 * still refuses a missing webhook and cascades a deleted one; {@code dialogue} keeps only
 * the indexes a trigger and a fetch need.
 */
class DeliveryKeyIndexesTests {

	private static final String ACCOUNT = "AC" + "5a5e".repeat(8);

	private JdbcClient jdbc;

	@BeforeEach
	void migrate() {
		DriverManagerDataSource dataSource = DeliveryClaimTests.dataSource("h2",
				"keys_" + UUID.randomUUID().toString().replace("-", ""));
		Flyway.configure().dataSource(dataSource).load().migrate();
		this.jdbc = JdbcClient.create(dataSource);
	}

	@Test
	void theWebhookKeyShouldHaveOneIndexTheKeyUses() {
		assertThat(indexesOn("delivery", "webhook_id")).containsExactly("delivery_webhook_idx");
		assertThat(this.jdbc
			.sql("select constraint_name, index_name from information_schema.table_constraints "
					+ "where table_name = 'delivery' and constraint_type = 'FOREIGN KEY' order by constraint_name")
			.query((rs, row) -> rs.getString(1) + " " + rs.getString(2))
			.list()).containsExactly("delivery_webhook_fk delivery_webhook_idx");
		assertThat(indexesOn("delivery", "dialogue_id")).isEmpty();
	}

	@Test
	void aDialogueShouldBeIndexedByRowByAssistantAndBySidOnly() {
		assertThat(this.jdbc
			.sql("select count(distinct index_name) from information_schema.indexes where table_name = 'dialogue'")
			.query(Long.class)
			.single()).isEqualTo(3);
		assertThat(indexesOn("dialogue", "account_sid")).isEmpty();
		assertThat(indexesOn("dialogue", "sid")).hasSize(1);
	}

	@Test
	void theKeyShouldStillRefuseAMissingWebhookAndCascadeADeletedOne() {
		insertParents();
		insertDelivery(1, 1);
		insertDelivery(2, 2);
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> insertDelivery(3, 9));

		this.jdbc.sql("delete from webhook where id = 2").update();
		assertThat(deliveryIds()).containsExactly(1L);
		this.jdbc.sql("delete from assistant where id = 1").update();
		assertThat(deliveryIds()).isEmpty();
		assertThat(this.jdbc.sql("select count(*) from dialogue").query(Long.class).single()).isZero();
	}

	private List<String> indexesOn(String table, String column) {
		return this.jdbc
			.sql("select index_name from information_schema.index_columns where table_name = :table "
					+ "and column_name = :column order by index_name")
			.param("table", table)
			.param("column", column)
			.query(String.class)
			.list();
	}

	private void insertParents() {
		this.jdbc
			.sql("insert into assistant (id, sid, account_sid, date_created, date_updated) values (1, 'UA1', '"
					+ ACCOUNT + "', now(), now())")
			.update();
		for (int id = 1; id <= 2; id++) {
			this.jdbc
				.sql("insert into webhook (id, sid, account_sid, assistant_id, unique_name, events, webhook_url, "
						+ "webhook_method, date_created, date_updated) values (" + id + ", 'UM" + id + "', '" + ACCOUNT
						+ "', 1, 'hook" + id + "', 'onDialogueStart', 'http://127.0.0.1:9/x', 'POST', now(), now())")
				.update();
			this.jdbc
				.sql("insert into dialogue (id, sid, account_sid, assistant_id, assistant_sid, data, date_created, "
						+ "date_updated) values (" + id + ", 'UK" + id + "', '" + ACCOUNT
						+ "', 1, 'UA1', '{}', now(), now())")
				.update();
		}
	}

	private void insertDelivery(long id, long webhookId) {
		this.jdbc.sql("insert into delivery (id, account_sid, assistant_sid, dialogue_sid, webhook_id, webhook_sid, "
				+ "event, webhook_url, method, parameters, signature, idempotency_token, state, total_ms, due_at, "
				+ "date_created) values (" + id + ", '" + ACCOUNT + "', 'UA1', 'UK', " + webhookId
				+ ", 'UM', 'onDialogueStart', 'http://127.0.0.1:9/x', 'POST', '{}', 'sig', 'token', 'pending', 1000, 0, "
				+ "now())")
			.update();
	}

	private List<Long> deliveryIds() {
		return this.jdbc.sql("select id from delivery order by id").query(Long.class).list();
	}

}
