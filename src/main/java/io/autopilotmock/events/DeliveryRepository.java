package io.autopilotmock.events;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import io.autopilotmock.events.DeliveryDispatcher.Lease;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * The outbox, in SQL both H2 and PostgreSQL accept. Plain JDBC rather than JPA: rows are
 * inserted in batches, claimed with {@code FOR UPDATE SKIP LOCKED} and updated by id,
 * with no entity life cycle to manage. A component, not a {@code @Repository}: as for
 * {@link DialogueRepository}, {@link JdbcClient} translates SQL exceptions itself.
 */
@Component
class DeliveryRepository {

	private static final TypeReference<LinkedHashMap<String, String>> PARAMETERS = new TypeReference<>() {
	};

	private static final String COLUMNS = """
			id, account_sid, assistant_sid, dialogue_sid, webhook_sid, event, webhook_url, method, parameters,
			signature, idempotency_token, state, date_created, concurrent, attempts""";

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	private final JsonMapper json;

	DeliveryRepository(JdbcClient jdbc, JdbcTemplate batch, JsonMapper json) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.json = json;
	}

	/**
	 * Records new deliveries, due at {@code dueAt} (epoch milliseconds of real time),
	 * each with its lease if it has one. Call it in the transaction that accepts the
	 * trigger.
	 * @return their ids, in order
	 */
	List<Long> insert(List<NewDelivery> deliveries, Instant now, long dueAt) {
		if (deliveries.isEmpty()) {
			return List.of();
		}
		OffsetDateTime created = utc(now);
		// Positional parameters: named ones are substituted afresh on every trigger.
		BatchPreparedStatementSetter values = new BatchPreparedStatementSetter() {

			@Override
			public void setValues(PreparedStatement statement, int i) throws SQLException {
				NewDelivery delivery = deliveries.get(i);
				Lease lease = delivery.lease();
				statement.setString(1, delivery.accountSid());
				statement.setString(2, delivery.assistantSid());
				statement.setString(3, delivery.dialogueSid());
				statement.setLong(4, delivery.webhookId());
				statement.setString(5, delivery.webhookSid());
				statement.setString(6, delivery.event());
				statement.setString(7, delivery.webhookUrl());
				statement.setString(8, delivery.method());
				statement.setString(9, DeliveryRepository.this.json.writeValueAsString(delivery.parameters()));
				statement.setString(10, delivery.signature());
				statement.setString(11, delivery.idempotencyToken());
				statement.setInt(12, delivery.totalMs());
				statement.setLong(13, dueAt);
				if (lease != null) {
					statement.setString(14, lease.owner());
					statement.setLong(15, lease.until());
				}
				else {
					statement.setNull(14, Types.VARCHAR);
					statement.setNull(15, Types.BIGINT);
				}
				statement.setObject(16, created);
				statement.setString(17, delivery.state());
				statement.setBoolean(18, delivery.concurrent());
				statement.setString(19, AttemptLog.lines(delivery.attempts(now)));
			}

			@Override
			public int getBatchSize() {
				return deliveries.size();
			}

		};
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.batch.batchUpdate((connection) -> connection.prepareStatement("""
				insert into delivery (account_sid, assistant_sid, dialogue_sid, webhook_id, webhook_sid, event,
				webhook_url, method, parameters, signature, idempotency_token, total_ms, due_at, lease_owner,
				lease_until, date_created, state, concurrent, attempts)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] { "id" }), values,
				keys);
		List<Long> ids = new ArrayList<>();
		for (Map<String, Object> key : keys.getKeyList()) {
			ids.add(((Number) key.values().iterator().next()).longValue());
		}
		return ids;
	}

	/**
	 * Offers up to {@code limit} due deliveries that nobody holds to {@code take},
	 * skipping rows another instance is claiming at this moment, and leases those it
	 * takes. Of each dialogue's deliveries to a webhook only the oldest pending one is
	 * offered, unless it was fired {@code concurrent}: the next is offered once it has
	 * ended, here or in any instance. At most {@code perWebhook} are in flight for any
	 * one webhook, so that a receiver that never answers cannot take every worker, and
	 * accounts take turns: each account's first due row is offered before any account's
	 * second. A lease lasts the delivery's total time plus the margin. Call it in a
	 * transaction of its own, committed before any is sent.
	 * <p>
	 * One pass over the pending rows finds each dialogue's head per webhook, then ranks
	 * the rows that may go by webhook and by account: those in flight first, then the due
	 * ones by id, so that a due row's rank is the deliveries in flight plus its place in
	 * the queue. The ranking is a subquery because PostgreSQL allows no
	 * {@code FOR UPDATE} beside a window function. Only pending rows are read, never the
	 * delivered history, so a claim costs the same however many deliveries were sent
	 * before.
	 * @return the deliveries offered, how many, and those taken
	 */
	Claimed claim(int limit, int perWebhook, String owner, long now, long marginMs, Predicate<Delivery> take) {
		List<Delivery> offered = this.jdbc.sql("select " + COLUMNS + """
				 from delivery
				where id in (
				  select c.id from (
				    select id, due_at, lease_until,
				      row_number() over (partition by webhook_id order by case when lease_until >= :now then 0
				        when due_at <= :now then 1 else 2 end, id) as n,
				      row_number() over (partition by account_sid order by case when lease_until >= :now then 0
				        when due_at <= :now then 1 else 2 end, id) as a
				    from (
				      select id, account_sid, webhook_id, due_at, lease_until, concurrent,
				        min(id) over (partition by dialogue_sid, webhook_id) as head
				      from delivery where state = 'pending'
				    ) p
				    where p.concurrent or p.id = p.head
				  ) c
				  where c.due_at <= :now and (c.lease_until is null or c.lease_until < :now) and c.n <= :perWebhook
				  order by c.a, c.id limit :limit
				)
				and state = 'pending' and (lease_until is null or lease_until < :now)
				order by id for update skip locked""")
			.param("now", now)
			.param("perWebhook", perWebhook)
			.param("limit", limit)
			.query(this::delivery)
			.list();
		List<Delivery> taken = offered.stream().filter(take).toList();
		if (!taken.isEmpty()) {
			lease("id in (:ids)", owner, now, marginMs).param("ids", taken.stream().map(Delivery::id).toList())
				.update();
		}
		return new Claimed(offered.size(), taken);
	}

	/** What a claim was offered, and took. */
	record Claimed(int offered, List<Delivery> taken) {

	}

	/**
	 * Whether some due rows that nobody holds were not claimed: they wait behind an
	 * earlier delivery of their dialogue to their webhook, or for a share, and are due
	 * when a delivery ends.
	 */
	boolean anyHeldBack(long now) {
		return !this.jdbc
			.sql("select id from delivery where state = 'pending' and due_at <= ? "
					+ "and (lease_until is null or lease_until < ?) fetch first 1 rows only")
			.params(now, now)
			.query(Long.class)
			.list()
			.isEmpty();
	}

	/** How many of the account's deliveries are pending, counted up to {@code atMost}. */
	int countPending(String accountSid, int atMost) {
		return this.jdbc.sql("""
				select count(*) from (select id from delivery where state = 'pending' and account_sid = ?
				fetch first ? rows only) p""").params(accountSid, atMost).query(Integer.class).single();
	}

	/**
	 * Takes over, for {@code owner}, a lease recorded under {@code waitedAs}, as the
	 * claim would lease it now.
	 * @return {@code false} when the lease is not that one any more (it ran out and a
	 * claim took the row), or the delivery has finished or is gone
	 */
	boolean takeOver(long id, String waitedAs, String owner, long now, long marginMs) {
		return lease("id = :id and lease_owner = :waitedAs and state = 'pending'", owner, now, marginMs).param("id", id)
			.param("waitedAs", waitedAs)
			.update() == 1;
	}

	/**
	 * Leases the rows {@code where} selects to {@code owner}, for their total time plus
	 * the margin from {@code now}: the one rule a claim and a take-over share.
	 */
	private JdbcClient.StatementSpec lease(String where, String owner, long now, long marginMs) {
		return this.jdbc
			.sql("update delivery set lease_owner = :owner, "
					+ "lease_until = CAST(:now AS BIGINT) + total_ms + CAST(:margin AS BIGINT) where " + where)
			.param("owner", owner)
			.param("now", now)
			.param("margin", marginMs);
	}

	/**
	 * Records an attempt and, with a {@code finalState}, the delivery's end: its state,
	 * unless it already ended (sent again after its lease ran out, by another worker that
	 * finished first), and no lease. One statement: the attempt is a line appended to the
	 * delivery's {@link AttemptLog}.
	 * @return {@code false} when the delivery is gone (its webhook or assistant was
	 * deleted, or a reset cleared it)
	 */
	boolean record(long deliveryId, Attempt attempt, @Nullable String finalState) {
		// Positional parameters: a worker runs this for every attempt, and named ones are
		// substituted afresh on every execution.
		if (finalState == null) {
			return this.jdbc.sql("update delivery set attempts = attempts || ? where id = ?")
				.params(AttemptLog.line(attempt), deliveryId)
				.update() == 1;
		}
		return this.jdbc
			.sql("update delivery set attempts = attempts || ?, state = case when state = 'pending' then ? "
					+ "else state end, lease_until = null, lease_owner = null where id = ?")
			.params(AttemptLog.line(attempt), finalState, deliveryId)
			.update() == 1;
	}

	/** How many of these deliveries are still pending. */
	int countPending(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return 0;
		}
		return this.jdbc.sql("select count(*) from delivery where id in (:ids) and state = 'pending'")
			.param("ids", ids)
			.query(Integer.class)
			.single();
	}

	/** Newest first, each with its attempts. */
	List<Delivery> find(DeliveryFilter filter) {
		StringBuilder sql = new StringBuilder("select " + COLUMNS + " from delivery where 1 = 1");
		Map<String, Object> params = new LinkedHashMap<>();
		condition(sql, params, "account_sid", filter.accountSid());
		condition(sql, params, "webhook_sid", filter.webhookSid());
		condition(sql, params, "dialogue_sid", filter.dialogueSid());
		condition(sql, params, "state", filter.state());
		if (filter.event() != null) {
			sql.append(" and lower(event) = :event");
			params.put("event", filter.event().toLowerCase(java.util.Locale.ROOT));
		}
		sql.append(" order by id desc limit :limit");
		params.put("limit", filter.limit());
		return this.jdbc.sql(sql.toString()).params(params).query(this::delivery).list();
	}

	/** Deliveries by id, in the order given, each with its attempts. */
	List<Delivery> find(List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("select " + COLUMNS + " from delivery where id in (:ids) order by id")
			.param("ids", ids)
			.query(this::delivery)
			.list();
	}

	Optional<Delivery> find(long id) {
		return find(List.of(id)).stream().findFirst();
	}

	long deleteAll(@Nullable String accountSid) {
		return (accountSid != null) ? this.jdbc.sql("delete from delivery where account_sid = :account")
			.param("account", accountSid)
			.update() : this.jdbc.sql("delete from delivery").update();
	}

	/**
	 * Frees every lease: for a database only this process can open (an H2 file), where a
	 * lease left at start-up was held by this process before it died.
	 */
	int releaseLeases() {
		return this.jdbc
			.sql("update delivery set lease_until = null, lease_owner = null where state = 'pending' "
					+ "and lease_until is not null")
			.update();
	}

	private static void condition(StringBuilder sql, Map<String, Object> params, String column,
			@Nullable String value) {
		if (value != null) {
			sql.append(" and ").append(column).append(" = :").append(column);
			params.put(column, value);
		}
	}

	private Delivery delivery(ResultSet rs, int row) throws SQLException {
		return new Delivery(rs.getLong("id"), rs.getString("account_sid"), rs.getString("assistant_sid"),
				rs.getString("dialogue_sid"), rs.getString("webhook_sid"), rs.getString("event"),
				rs.getString("webhook_url"), rs.getString("method"),
				this.json.readValue(rs.getString("parameters"), PARAMETERS), rs.getString("signature"),
				rs.getString("idempotency_token"), rs.getString("state"), instant(rs, "date_created"),
				rs.getBoolean("concurrent"), AttemptLog.attempts(rs.getString("attempts")));
	}

	static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

}
