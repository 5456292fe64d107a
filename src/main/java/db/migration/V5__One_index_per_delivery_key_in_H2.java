package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * H2 gives a foreign key an index of its own unless one on exactly its columns exists
 * when the key is added. Migration 2 created {@code delivery}'s indexes on
 * {@code dialogue_id} and {@code webhook_id} after its keys, so H2 kept two indexes on
 * each column, and every delivery recorded wrote both. Added again, each key uses the
 * named index, and the index it owned goes with its old self. PostgreSQL gives a foreign
 * key no index: nothing to do there.
 */
public class V5__One_index_per_delivery_key_in_H2 extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		if (!connection.getMetaData().getDatabaseProductName().equals("H2")) {
			return;
		}
		try (Statement statement = connection.createStatement()) {
			statement.execute("ALTER TABLE delivery DROP CONSTRAINT delivery_dialogue_fk");
			statement.execute("ALTER TABLE delivery ADD CONSTRAINT delivery_dialogue_fk FOREIGN KEY (dialogue_id) "
					+ "REFERENCES dialogue (id) ON DELETE CASCADE");
			statement.execute("ALTER TABLE delivery DROP CONSTRAINT delivery_webhook_fk");
			statement.execute("ALTER TABLE delivery ADD CONSTRAINT delivery_webhook_fk FOREIGN KEY (webhook_id) "
					+ "REFERENCES webhook (id) ON DELETE CASCADE");
		}
	}

}
