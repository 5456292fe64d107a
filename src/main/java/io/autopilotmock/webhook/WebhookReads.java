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
		return one(" join assistant a on a.id = w.assistant_id where w.sid = ? and a.sid = ? and a.account_sid = ?",
				sid, assistantSid, accountSid);
	}

	/** By the assistant's SID and the webhook's unique name, in one query. */
	Optional<WebhookRow> byUniqueName(String accountSid, String assistantSid, String uniqueName) {
		return one(
				" join assistant a on a.id = w.assistant_id"
						+ " where a.sid = ? and a.account_sid = ? and w.unique_name = ?",
				assistantSid, accountSid, uniqueName);
	}

	Optional<WebhookRow> bySid(long assistantId, String sid) {
		return one(" where w.assistant_id = ? and w.sid = ?", assistantId, sid);
	}

	Optional<WebhookRow> byUniqueName(long assistantId, String uniqueName) {
		return one(" where w.assistant_id = ? and w.unique_name = ?", assistantId, uniqueName);
	}

	/**
	 * The first rows of an assistant's list, found by its SID in the same query: none for
	 * an assistant without webhooks and for one that is not there alike.
	 */
	List<WebhookRow> first(String accountSid, String assistantSid, int limit) {
		return all(
				" join assistant a on a.id = w.assistant_id where a.sid = ? and a.account_sid = ? order by w.id limit ?",
				assistantSid, accountSid, limit);
	}

	List<WebhookRow> after(long assistantId, long id, int limit) {
		return all(" where w.assistant_id = ? and w.id > ? order by w.id limit ?", assistantId, id, limit);
	}

	List<WebhookRow> before(long assistantId, long id, int limit) {
		return all(" where w.assistant_id = ? and w.id < ? order by w.id desc limit ?", assistantId, id, limit);
	}

	List<WebhookRow> fromOffset(long assistantId, long offset, int limit) {
		return all(" where w.assistant_id = ? order by w.id limit ? offset ?", assistantId, limit, offset);
	}

	private Optional<WebhookRow> one(String rest, Object... params) {
		return this.jdbc.sql(COLUMNS + rest).params(params).query(ROW).optional();
	}

	private List<WebhookRow> all(String rest, Object... params) {
		return this.jdbc.sql(COLUMNS + rest).params(params).query(ROW).list();
	}

	private static WebhookRow row(ResultSet rs, int rowNum) throws SQLException {
		return new WebhookRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
				rs.getString(6), rs.getString(7), rs.getObject(8, OffsetDateTime.class).toInstant(),
				rs.getObject(9, OffsetDateTime.class).toInstant());
	}

}
