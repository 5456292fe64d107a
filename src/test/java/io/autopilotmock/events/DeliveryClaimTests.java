package io.autopilotmock.events;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

import io.autopilotmock.events.DeliveryDispatcher.Lease;
import io.autopilotmock.events.DeliveryRepository.Claimed;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.support.GeneratedKeyHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Claiming the outbox on H2 and, when {@code POSTGRES_URL} is set, on PostgreSQL: two
 * claims at once never get the same row, a leased row is not claimed again until its
 * lease runs out, and then it is (a dead instance's deliveries are sent again); each
 * attempt recorded is appended to its delivery, and only the first end sets its state.
 * The rows are due far in the future, so that no running application claims them.
 */
class DeliveryClaimTests {

	private static final long FUTURE = 9_000_000_000_000L;

	private static final Attempt OK = new Attempt(Instant.now(), 5, "200", 200, "");

	private static final Predicate<Delivery> ALL = (delivery) -> true;

	static Stream<String> databases() {
		String postgres = System.getenv("POSTGRES_URL");
		return (postgres != null) ? Stream.of("h2", postgres) : Stream.of("h2");
	}

	@ParameterizedTest
	@MethodSource("databases")
	void twoClaimsAtOnceShouldNeverTakeTheSameRow(String database) throws Exception {
		Outbox outbox = outbox(database);
		List<Long> ids = outbox.insert(10);
		CountDownLatch firstClaimed = new CountDownLatch(1);
		CountDownLatch secondDone = new CountDownLatch(1);
		CompletableFuture<List<Delivery>> first = CompletableFuture
			.supplyAsync(() -> outbox.transactions.execute((s) -> {
				List<Delivery> claimed = outbox.repository.claim(4, 1000, "first", FUTURE, 1000, ALL).taken();
				firstClaimed.countDown();
				await(secondDone);
				return claimed;
			}));
		assertThat(firstClaimed.await(10, TimeUnit.SECONDS)).isTrue();
		List<Delivery> second = outbox.transactions
			.execute((s) -> outbox.repository.claim(100, 1000, "second", FUTURE, 1000, ALL).taken());
		secondDone.countDown();
		List<Long> firstIds = first.get(30, TimeUnit.SECONDS).stream().map(Delivery::id).toList();
		List<Long> secondIds = second.stream().map(Delivery::id).filter(ids::contains).toList();
		List<Long> thirdIds = ids(outbox.claim(FUTURE)).stream().filter(ids::contains).toList();
		assertThat(firstIds).hasSize(4);
		List<Long> all = new ArrayList<>(firstIds);
		all.addAll(secondIds);
		all.addAll(thirdIds);
		// Each row claimed once, and none left out.
		assertThat(all).containsExactlyInAnyOrderElementsOf(ids);
		if (!database.equals("h2")) {
			// PostgreSQL skips the rows the first claim holds rather than waiting for
			// them.
			assertThat(secondIds).hasSize(6);
		}
	}

	@ParameterizedTest
	@MethodSource("databases")
	void aLeasedRowShouldBeClaimedAgainOnlyWhenItsLeaseRunsOut(String database) {
		Outbox outbox = outbox(database);
		List<Long> ids = outbox.insert(3);
		List<Long> claimed = ids(outbox.claim(FUTURE));
		assertThat(claimed).containsAll(ids);
		// The lease: the delivery's total time (1000 ms here) plus the margin (1000 ms).
		assertThat(ids(outbox.claim(FUTURE + 1999))).doesNotContainAnyElementsOf(ids);
		assertThat(ids(outbox.claim(FUTURE + 2001))).containsAll(ids);
		outbox.repository.record(ids.get(0), OK, Delivery.DELIVERED);
		assertThat(ids(outbox.claim(FUTURE + 10_000))).contains(ids.get(1), ids.get(2)).doesNotContain(ids.get(0));
	}

	@ParameterizedTest
	@MethodSource("databases")
	void oneWebhookShouldHaveAtMostItsShareInFlight(String database) {
		Outbox outbox = outbox(database);
		List<Long> busy = outbox.insert(5);
		List<Long> other = outbox.insert(1);
		List<Long> first = ids(
				outbox.transactions.execute((s) -> outbox.repository.claim(100, 2, "t", FUTURE, 1000, ALL).taken()));
		assertThat(first).contains(busy.get(0), busy.get(1), other.get(0))
			.doesNotContain(busy.get(2), busy.get(3), busy.get(4));
		// Two of the busy webhook's are in flight: none more until one finishes.
		assertThat(ids(
				outbox.transactions.execute((s) -> outbox.repository.claim(100, 2, "t", FUTURE, 1000, ALL).taken())))
			.doesNotContainAnyElementsOf(busy);
		outbox.repository.record(busy.get(0), OK, Delivery.DELIVERED);
		assertThat(ids(
				outbox.transactions.execute((s) -> outbox.repository.claim(100, 2, "t", FUTURE, 1000, ALL).taken())))
			.contains(busy.get(2))
			.doesNotContain(busy.get(3), busy.get(4));
	}

	@ParameterizedTest
	@MethodSource("databases")
	void aDeliveryShouldNotBeClaimedBeforeItIsDue(String database) {
		Outbox outbox = outbox(database);
		List<Long> ids = outbox.insert(1);
		assertThat(ids(outbox.claim(FUTURE - 1))).doesNotContainAnyElementsOf(ids);
		assertThat(ids(outbox.claim(FUTURE))).containsAll(ids);
	}

	@ParameterizedTest
	@MethodSource("databases")
	void releasingLeasesAtStartUpShouldMakeInFlightRowsClaimableAtOnce(String database) {
		// The application releases leases at start-up only where no other instance can
		// hold
		// one (H2); the query itself is checked on both databases.
		Outbox outbox = outbox(database);
		List<Long> ids = outbox.insert(2);
		assertThat(ids(outbox.claim(FUTURE))).containsAll(ids);
		assertThat(ids(outbox.claim(FUTURE))).doesNotContainAnyElementsOf(ids);
		outbox.transactions.execute((s) -> outbox.repository.releaseLeases());
		assertThat(ids(outbox.claim(FUTURE))).containsAll(ids);
	}

	@ParameterizedTest
	@MethodSource("databases")
	void aDeliveryRecordedToWaitShouldBeTakenOverOnlyUnderTheLeaseItWasRecordedWith(String database) {
		Outbox outbox = outbox(database);
		long until = FUTURE + 2000;
		List<Long> waiting = outbox.insert(2, new Lease("waiting-as", until, 0, "AC", "UM", DeliveryShares.Slot.WAIT));
		assertThat(ids(outbox.claim(FUTURE))).as("leased: no claim takes it").doesNotContainAnyElementsOf(waiting);
		// Its turn: the worker takes the lease over, as the claim would lease it now.
		assertThat(outbox.repository.takeOver(waiting.get(0), "waiting-as", "instance", FUTURE + 10, 1000)).isTrue();
		assertThat(outbox.jdbc.sql("select lease_owner, lease_until from delivery where id = ?")
			.param(waiting.get(0))
			.query((rs, row) -> rs.getString(1) + " " + rs.getLong(2))
			.single()).isEqualTo("instance " + (FUTURE + 10 + 1000 + 1000));
		assertThat(outbox.repository.takeOver(waiting.get(0), "waiting-as", "instance", FUTURE + 10, 1000))
			.as("taken over once")
			.isFalse();
		// It waited past its lease, and a claim took the row meanwhile: it is not sent
		// twice.
		assertThat(ids(outbox.claim(until + 1))).contains(waiting.get(1));
		assertThat(outbox.repository.takeOver(waiting.get(1), "waiting-as", "instance", until + 1, 1000)).isFalse();
	}

	@ParameterizedTest
	@MethodSource("databases")
	void aDialoguesDeliveriesToAWebhookShouldBeClaimedOneAtATimeInOrder(String database) {
		Outbox outbox = outbox(database);
		String account = Outbox.sid("AC");
		List<Long> ordered = outbox.insert(account, Outbox.sid("DI"), 3, false, null);
		List<Long> other = outbox.insert(account, Outbox.sid("DI"), 1, false, null);
		assertThat(ids(outbox.claim(FUTURE))).as("the first of each dialogue")
			.contains(ordered.get(0), other.get(0))
			.doesNotContain(ordered.get(1), ordered.get(2));
		// Its lease ran out (its instance died): it is claimed again, still before the
		// next.
		assertThat(ids(outbox.claim(FUTURE + 2001))).contains(ordered.get(0)).doesNotContain(ordered.get(1));
		outbox.repository.record(ordered.get(0), OK, null);
		assertThat(ids(outbox.claim(FUTURE + 4002))).as("an attempt that is retried keeps its turn")
			.contains(ordered.get(0))
			.doesNotContain(ordered.get(1));
		outbox.repository.record(ordered.get(0), OK, Delivery.FAILED);
		assertThat(ids(outbox.claim(FUTURE + 4003))).as("given up: the next goes")
			.contains(ordered.get(1))
			.doesNotContain(ordered.get(2));
		assertThat(outbox.repository.anyHeldBack(FUTURE + 4003)).as("the third waits behind the second").isTrue();
		outbox.repository.record(ordered.get(1), OK, Delivery.DELIVERED);
		assertThat(ids(outbox.claim(FUTURE + 4004))).contains(ordered.get(2));
	}

	@ParameterizedTest
	@MethodSource("databases")
	void concurrentDeliveriesShouldBeClaimedTogether(String database) {
		Outbox outbox = outbox(database);
		List<Long> ids = outbox.insert(Outbox.sid("AC"), Outbox.sid("DI"), 3, true, null);
		assertThat(ids(outbox.claim(FUTURE))).containsAll(ids);
	}

	@ParameterizedTest
	@MethodSource("databases")
	void accountsShouldTakeTurnsAndOnlyWhatIsTakenShouldBeLeased(String database) {
		Outbox outbox = outbox(database);
		// Only this test's rows compete for the claim's limit.
		outbox.jdbc.sql("delete from delivery where due_at >= ?").param(FUTURE).update();
		String busy = Outbox.sid("AC");
		List<Long> first = outbox.insert(busy, null, 3, false, null);
		List<Long> second = outbox.insert(busy, null, 3, false, null);
		List<Long> quiet = outbox.insert(Outbox.sid("AC"), null, 1, false, null);
		List<Long> offered = new ArrayList<>();
		Claimed claimed = outbox.transactions.execute((s) -> outbox.repository.claim(3, 1000, "t", FUTURE, 1000,
				(delivery) -> offered.add(delivery.id()) && delivery.accountSid().equals(busy)));
		assertThat(offered).as("the quiet account's first comes before the busy one's second")
			.hasSize(3)
			.contains(quiet.get(0));
		assertThat(claimed.offered()).isEqualTo(3);
		assertThat(ids(claimed.taken())).hasSize(2)
			.allMatch((id) -> first.contains(id) || second.contains(id), "the busy account's");
		assertThat(ids(outbox.claim(FUTURE))).as("what was not taken is not leased").contains(quiet.get(0));
	}

	@ParameterizedTest
	@MethodSource("databases")
	void recordingShouldAppendEachAttemptAndEndTheDeliveryOnce(String database) {
		Outbox outbox = outbox(database);
		List<Long> ids = outbox.insert(1);
		long id = ids.get(0);
		assertThat(ids(outbox.claim(FUTURE))).contains(id);
		Attempt refused = new Attempt(Instant.parse("2026-12-06T10:00:00.123456Z"), 3, "connect_failed", null, null);
		Attempt answered = new Attempt(Instant.parse("2026-12-06T10:00:01Z"), 41, "503", 503,
				"line one\nline \"two\" \\ \u00e9\u0001");
		assertThat(outbox.repository.record(id, refused, null)).isTrue();
		Delivery retried = outbox.repository.find(id).orElseThrow();
		assertThat(retried.state()).isEqualTo(Delivery.PENDING);
		assertThat(retried.attempts()).containsExactly(refused);
		assertThat(outbox.repository.record(id, answered, Delivery.FAILED)).isTrue();
		assertThat(outbox.repository.find(id).orElseThrow()).satisfies((failed) -> {
			assertThat(failed.state()).isEqualTo(Delivery.FAILED);
			assertThat(failed.attempts()).containsExactly(refused, answered);
		});
		assertThat(outbox.jdbc.sql("select count(*) from delivery where id = ? and lease_owner is null")
			.param(id)
			.query(Long.class)
			.single()).as("no lease left").isOne();
		// Sent again by another worker after its lease ran out: the attempt is kept, the
		// state the first end recorded too.
		assertThat(outbox.repository.record(id, OK, Delivery.DELIVERED)).isTrue();
		assertThat(outbox.repository.find(id).orElseThrow()).satisfies((twice) -> {
			assertThat(twice.state()).isEqualTo(Delivery.FAILED);
			assertThat(twice.attempts()).containsExactly(refused, answered, OK);
		});
		outbox.jdbc.sql("delete from delivery where id = ?").param(id).update();
		assertThat(outbox.repository.record(id, OK, Delivery.DELIVERED)).as("gone").isFalse();
	}

	private static List<Long> ids(List<Delivery> deliveries) {
		return deliveries.stream().map(Delivery::id).toList();
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static Outbox outbox(String database) {
		DriverManagerDataSource dataSource = dataSource(database, "claims");
		Flyway.configure().dataSource(dataSource).load().migrate();
		return new Outbox(dataSource);
	}

	/**
	 * An in-memory H2 database of that name, in the application's mode, for {@code "h2"};
	 * otherwise the PostgreSQL database at that URL.
	 */
	static DriverManagerDataSource dataSource(String database, String h2Name) {
		if (database.equals("h2")) {
			return new DriverManagerDataSource("jdbc:h2:mem:" + h2Name + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
					+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "");
		}
		return new DriverManagerDataSource(database, System.getenv().getOrDefault("POSTGRES_USER", "postgres"),
				System.getenv().getOrDefault("POSTGRES_PASSWORD", ""));
	}

	private static final class Outbox {

		final JdbcClient jdbc;

		final DeliveryRepository repository;

		final OutboxTransactions transactions;

		Outbox(DataSource dataSource) {
			this.jdbc = JdbcClient.create(dataSource);
			this.repository = new DeliveryRepository(this.jdbc, new JdbcTemplate(dataSource),
					JsonMapper.builder().build());
			this.transactions = new OutboxTransactions(dataSource);
		}

		List<Delivery> claim(long now) {
			List<Delivery> claimed = this.transactions
				.execute((s) -> this.repository.claim(1000, 1000, "test", now, 1000, ALL).taken());
			return (claimed != null) ? claimed : List.of();
		}

		List<Long> insert(int count) {
			return insert(count, null);
		}

		/**
		 * {@code count} deliveries to a new webhook of a new account, each in a dialogue
		 * of its own.
		 */
		List<Long> insert(int count, @Nullable Lease lease) {
			return insert(sid("AC"), null, count, false, lease);
		}

		/**
		 * {@code count} deliveries to a new webhook of the account, in one dialogue, or
		 * each in its own when {@code dialogue} is {@code null}.
		 */
		List<Long> insert(String account, @Nullable String dialogue, int count, boolean concurrent,
				@Nullable Lease lease) {
			return this.transactions.execute((status) -> {
				long assistant = key("insert into assistant (sid, account_sid, date_created, date_updated) "
						+ "values (:sid, '" + account + "', now(), now())", sid("UA"));
				String webhookSid = sid("UM");
				long webhook = key("insert into webhook (sid, account_sid, assistant_id, unique_name, events, "
						+ "webhook_url, webhook_method, date_created, date_updated) values (:sid, '" + account + "', "
						+ assistant + ", 'claims', 'onDialogueStart', 'http://127.0.0.1:9/x', 'POST', now(), now())",
						webhookSid);
				List<NewDelivery> rows = new ArrayList<>();
				for (int i = 0; i < count; i++) {
					rows.add(new NewDelivery(account, "UA", (dialogue != null) ? dialogue : sid("DI"), webhook,
							webhookSid, "onDialogueStart", "http://127.0.0.1:9/x", "POST",
							Map.of("Event", "onDialogueStart"), "sig", "token", 1000, concurrent, null, lease));
				}
				return this.repository.insert(rows, Instant.now(), FUTURE);
			});
		}

		private long key(String sql, String sid) {
			GeneratedKeyHolder key = new GeneratedKeyHolder();
			this.jdbc.sql(sql).param("sid", sid).update(key, "id");
			return key.getKeyAs(Number.class).longValue();
		}

		static String sid(String prefix) {
			return prefix + java.util.UUID.randomUUID().toString().replace("-", "");
		}

	}

}
