package io.autopilotmock.events;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Dialogues, always read through their assistant. A component, not a {@code @Repository}:
 * {@link JdbcClient} already translates SQL exceptions, and the translating proxy would
 * only add a reflective call to every statement.
 */
@Component
class DialogueRepository {

	private static final String COLUMNS = "sid, account_sid, assistant_sid, data";

	private final JdbcClient jdbc;

	DialogueRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Dialogue insert(String sid, String accountSid, long assistantId, String assistantSid, String data, Instant now) {
		OffsetDateTime created = DeliveryRepository.utc(now);
		// Positional parameters: named ones are substituted afresh on every trigger.
		this.jdbc.sql("""
				insert into dialogue (sid, account_sid, assistant_id, assistant_sid, data, date_created, date_updated)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(sid, accountSid, assistantId, assistantSid, data, created, created)
			.update();
		return new Dialogue(sid, accountSid, assistantSid, data);
	}

	/**
	 * The dialogue, locked until the transaction ends, so that two triggers on one
	 * dialogue append their events one after the other.
	 */
	Optional<Dialogue> lock(long assistantId, String sid) {
		return this.jdbc
			.sql("select " + COLUMNS + " from dialogue where assistant_id = :assistantId and sid = :sid "
					+ "for update")
			.param("assistantId", assistantId)
			.param("sid", sid)
			.query(DialogueRepository::dialogue)
			.optional();
	}

	Optional<Dialogue> find(long assistantId, String sid) {
		return this.jdbc.sql("select " + COLUMNS + " from dialogue where assistant_id = :assistantId and sid = :sid")
			.param("assistantId", assistantId)
			.param("sid", sid)
			.query(DialogueRepository::dialogue)
			.optional();
	}

	void update(long assistantId, String sid, String data, Instant now) {
		this.jdbc.sql(
				"update dialogue set data = :data, date_updated = :now where assistant_id = :assistantId and sid = :sid")
			.param("data", data)
			.param("now", DeliveryRepository.utc(now))
			.param("assistantId", assistantId)
			.param("sid", sid)
			.update();
	}

	/** Every stored dialogue SID, of every account. */
	List<String> sids() {
		return this.jdbc.sql("select sid from dialogue").query(String.class).list();
	}

	long deleteAll(@Nullable String accountSid) {
		return (accountSid != null) ? this.jdbc
			.sql("delete from dialogue where assistant_id in (select id from assistant where account_sid = :account)")
			.param("account", accountSid)
			.update() : this.jdbc.sql("delete from dialogue").update();
	}

	private static Dialogue dialogue(ResultSet rs, int row) throws SQLException {
		return new Dialogue(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4));
	}

}
