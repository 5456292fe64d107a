package io.autopilotmock.events;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Migration 4 on H2 and, when {@code POSTGRES_URL} is set, on PostgreSQL (in a schema of
 * its own): the attempts recorded in the {@code delivery_attempt} table before it are
 * found on their deliveries after it, in order and unchanged, and the table is gone.
 */
class AttemptsMigrationTests {

	private static final String ACCOUNT = "AC" + "c1a1".repeat(8);

	@ParameterizedTest
	@MethodSource("io.autopilotmock.events.DeliveryClaimTests#databases")
	void attemptsRecordedBeforeShouldBeFoundOnTheirDeliveriesAfter(String database) throws SQLException {
		String schema = "attempts_" + UUID.randomUUID().toString().replace("-", "");
		DriverManagerDataSource dataSource = dataSource(database, schema);
		try {
			Flyway.configure().dataSource(dataSource).target("3").load().migrate();
			JdbcClient jdbc = JdbcClient.create(dataSource);
			jdbc.sql("insert into assistant (id, sid, account_sid, date_created, date_updated) values (1, 'UA1', '"
					+ ACCOUNT + "', now(), now())")
				.update();
			jdbc.sql("insert into webhook (id, sid, account_sid, assistant_id, unique_name, events, webhook_url, "
					+ "webhook_method, date_created, date_updated) values (1, 'UM1', '" + ACCOUNT
					+ "', 1, 'hook', 'onDialogueStart', 'http://127.0.0.1:9/x', 'POST', now(), now())")
				.update();
			jdbc.sql("insert into dialogue (id, sid, account_sid, assistant_id, assistant_sid, data, date_created, "
					+ "date_updated) values (1, 'UK1', '" + ACCOUNT + "', 1, 'UA1', '{}', now(), now())")
				.update();
			for (long id = 1; id <= 3; id++) {
				jdbc.sql("insert into delivery (id, account_sid, assistant_sid, dialogue_id, dialogue_sid, webhook_id, "
						+ "webhook_sid, event, webhook_url, method, parameters, signature, idempotency_token, state, "
						+ "total_ms, due_at, date_created) values (" + id + ", '" + ACCOUNT + "', 'UA1', 1, 'UK1', 1, "
						+ "'UM1', 'onDialogueStart', 'http://127.0.0.1:9/x', 'POST', '{}', 'sig', 'token', 'failed', "
						+ "1000, 0, now())")
					.update();
			}
			Attempt refused = new Attempt(Instant.parse("2026-12-01T10:00:00.123456Z"), 3, "connect_failed", null,
					null);
			Attempt answered = new Attempt(Instant.parse("2026-12-01T10:00:01Z"), 41, "503", 503,
					"line one\nline \"two\" \\ \u00e9");
			Attempt other = new Attempt(Instant.parse("2026-12-01T10:00:02Z"), 7, "200", 200, "");
			// Inserted out of order: each delivery's attempts are read back by id.
			insert(jdbc, 3, other);
			insert(jdbc, 1, refused);
			insert(jdbc, 1, answered);

			Flyway.configure().dataSource(dataSource).load().migrate();

			DeliveryRepository deliveries = new DeliveryRepository(jdbc, new JdbcTemplate(dataSource),
					JsonMapper.builder().build());
			List<Delivery> found = deliveries.find(List.of(1L, 2L, 3L));
			assertThat(found).extracting(Delivery::attempts)
				.containsExactly(List.of(refused, answered), List.of(), List.of(other));
			assertThat(jdbc
				.sql("select count(*) from information_schema.tables where table_name = 'delivery_attempt' "
						+ "and table_schema = current_schema")
				.query(Long.class)
				.single()).isZero();
		}
		finally {
			if (!database.equals("h2")) {
				execute(dataSource, "drop schema " + schema + " cascade");
			}
		}
	}

	private static void insert(JdbcClient jdbc, long delivery, Attempt attempt) {
		jdbc.sql("insert into delivery_attempt (delivery_id, attempted_at, duration_ms, outcome, status, body) "
				+ "values (?, ?, ?, ?, ?, ?)")
			.params(delivery, DeliveryRepository.utc(attempt.time()), attempt.durationMs(), attempt.outcome(),
					attempt.status(), attempt.body())
			.update();
	}

	/** H2: a database of its own. PostgreSQL: a schema of its own, created here. */
	private static DriverManagerDataSource dataSource(String database, String schema) throws SQLException {
		if (database.equals("h2")) {
			return DeliveryClaimTests.dataSource(database, schema);
		}
		execute(DeliveryClaimTests.dataSource(database, schema), "create schema " + schema);
		String separator = database.contains("?") ? "&" : "?";
		return DeliveryClaimTests.dataSource(database + separator + "currentSchema=" + schema, schema);
	}

	private static void execute(DriverManagerDataSource dataSource, String sql) throws SQLException {
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
