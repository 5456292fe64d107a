package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import io.autopilotmock.events.AttemptLog;

/**
 * Moves each delivery's attempts from the {@code delivery_attempt} table onto the
 * delivery's row, as {@link AttemptLog} lines: recording an attempt becomes one write
 * instead of two (an insert, then the update of the delivery's state). Java rather than
 * SQL because H2 and PostgreSQL share no function that aggregates rows into JSON.
 */
public class V4__Attempts_on_the_delivery_row extends BaseJavaMigration {

	private static final int BATCH = 500;

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		try (Statement statement = connection.createStatement()) {
			statement.execute("ALTER TABLE delivery ADD COLUMN attempts VARCHAR(1000000) DEFAULT '' NOT NULL");
		}
		copyAttempts(connection);
		try (Statement statement = connection.createStatement()) {
			statement.execute("DROP TABLE delivery_attempt");
		}
	}

	private static void copyAttempts(Connection connection) throws SQLException {
		try (Statement read = connection.createStatement();
				PreparedStatement write = connection
					.prepareStatement("UPDATE delivery SET attempts = ? WHERE id = ?")) {
			read.setFetchSize(BATCH);
			try (ResultSet rs = read
				.executeQuery("SELECT delivery_id, attempted_at, duration_ms, outcome, status, body "
						+ "FROM delivery_attempt ORDER BY delivery_id, id")) {
				long delivery = -1;
				StringBuilder log = new StringBuilder();
				int batched = 0;
				while (rs.next()) {
					if (rs.getLong(1) != delivery && delivery != -1) {
						add(write, delivery, log);
						log.setLength(0);
						if (++batched % BATCH == 0) {
							write.executeBatch();
						}
					}
					delivery = rs.getLong(1);
					log.append(AttemptLog.line(rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getLong(3),
							rs.getString(4), rs.getObject(5, Integer.class), rs.getString(6)));
				}
				if (delivery != -1) {
					add(write, delivery, log);
				}
				write.executeBatch();
			}
		}
	}

	private static void add(PreparedStatement write, long delivery, CharSequence log) throws SQLException {
		write.setString(1, log.toString());
		write.setLong(2, delivery);
		write.addBatch();
	}

}
