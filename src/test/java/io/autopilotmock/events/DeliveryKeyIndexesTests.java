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
 * In H2, after migration 5, each of {@code delivery}'s foreign keys uses its named index,
 * with no second index of its own on the same column, and still refuses a missing parent
 * and cascades a deleted one.
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
	void eachKeyColumnShouldHaveOneIndexTheKeyUses() {
		assertThat(indexesOn("dialogue_id")).containsExactly("delivery_dialogue_idx");
		assertThat(indexesOn("webhook_id")).containsExactly("delivery_webhook_idx");
		assertThat(this.jdbc
			.sql("select constraint_name, index_name from information_schema.table_constraints "
					+ "where table_name = 'delivery' and constraint_type = 'FOREIGN KEY' order by constraint_name")
			.query((rs, row) -> rs.getString(1) + " " + rs.getString(2))
			.list())
			.containsExactly("delivery_dialogue_fk delivery_dialogue_idx", "delivery_webhook_fk delivery_webhook_idx");
	}

	@Test
	void theKeysShouldStillRefuseAMissingParentAndCascadeADeletedOne() {
		insertParents();
		insertDelivery(1, 1, 1);
		insertDelivery(2, 2, 2);
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> insertDelivery(3, 9, 1));
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> insertDelivery(3, 1, 9));

		this.jdbc.sql("delete from dialogue where id = 1").update();
		assertThat(deliveryIds()).containsExactly(2L);
		this.jdbc.sql("delete from webhook where id = 2").update();
		assertThat(deliveryIds()).isEmpty();
	}

	private List<String> indexesOn(String column) {
		return this.jdbc
			.sql("select index_name from information_schema.index_columns where table_name = 'delivery' "
					+ "and column_name = :column order by index_name")
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

	private void insertDelivery(long id, long dialogueId, long webhookId) {
		this.jdbc.sql("insert into delivery (id, account_sid, assistant_sid, dialogue_id, dialogue_sid, webhook_id, "
				+ "webhook_sid, event, webhook_url, method, parameters, signature, idempotency_token, state, "
				+ "total_ms, due_at, date_created) values (" + id + ", '" + ACCOUNT + "', 'UA1', " + dialogueId
				+ ", 'UK', " + webhookId + ", 'UM', 'onDialogueStart', 'http://127.0.0.1:9/x', 'POST', '{}', 'sig', "
				+ "'token', 'pending', 1000, 0, now())")
			.update();
	}

	private List<Long> deliveryIds() {
		return this.jdbc.sql("select id from delivery order by id").query(Long.class).list();
	}

}
