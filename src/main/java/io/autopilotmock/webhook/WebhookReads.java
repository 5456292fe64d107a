package io.autopilotmock.webhook;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The webhook reads of the API, in SQL straight into rows: a read needs no managed
 * entity, and hydrating one cost more than the query itself. Writes go through
 * {@link WebhookRepository}. Each read is one statement outside any transaction, so it
 * sees only committed rows, as the database gives them.
 */
@Component
class WebhookReads {

	private static final String COLUMNS = """
			select w.id, w.sid, w.account_sid, w.unique_name, w.events, w.webhook_url, w.webhook_method,
			w.date_created, w.date_updated from webhook w""";

	private static final RowMapper<WebhookRow> ROW = WebhookReads::row;

	private final JdbcClient jdbc;

	WebhookReads(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The usual address, by SIDs, in one query with the assistant's account check. */
	Optional<WebhookRow> bySids(String accountSid, String assistantSid, String sid) {
		return this.jdbc.sql(COLUMNS + """
				 join assistant a on a.id = w.assistant_id
				where w.sid = ? and a.sid = ? and a.account_sid = ?""")
			.params(sid, assistantSid, accountSid)
			.query(ROW)
			.optional();
	}

	/** By the assistant's SID and the webhook's unique name, in one query. */
	Optional<WebhookRow> byUniqueName(String accountSid, String assistantSid, String uniqueName) {
		return this.jdbc.sql(COLUMNS + """
				 join assistant a on a.id = w.assistant_id
				where a.sid = ? and a.account_sid = ? and w.unique_name = ?""")
			.params(assistantSid, accountSid, uniqueName)
			.query(ROW)
			.optional();
	}

	Optional<WebhookRow> bySid(long assistantId, String sid) {
		return this.jdbc.sql(COLUMNS + " where w.assistant_id = ? and w.sid = ?")
			.params(assistantId, sid)
			.query(ROW)
			.optional();
	}

	Optional<WebhookRow> byUniqueName(long assistantId, String uniqueName) {
		return this.jdbc.sql(COLUMNS + " where w.assistant_id = ? and w.unique_name = ?")
			.params(assistantId, uniqueName)
			.query(ROW)
			.optional();
	}

	List<WebhookRow> after(long assistantId, long id, int limit) {
		return this.jdbc.sql(COLUMNS + " where w.assistant_id = ? and w.id > ? order by w.id limit ?")
			.params(assistantId, id, limit)
			.query(ROW)
			.list();
	}

	List<WebhookRow> before(long assistantId, long id, int limit) {
		return this.jdbc.sql(COLUMNS + " where w.assistant_id = ? and w.id < ? order by w.id desc limit ?")
			.params(assistantId, id, limit)
			.query(ROW)
			.list();
	}

	List<WebhookRow> fromOffset(long assistantId, long offset, int limit) {
		return this.jdbc.sql(COLUMNS + " where w.assistant_id = ? order by w.id limit ? offset ?")
			.params(assistantId, limit, offset)
			.query(ROW)
			.list();
	}

	private static WebhookRow row(ResultSet rs, int rowNum) throws SQLException {
		return new WebhookRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
				rs.getString(6), rs.getString(7), rs.getObject(8, OffsetDateTime.class).toInstant(),
				rs.getObject(9, OffsetDateTime.class).toInstant());
	}

}
