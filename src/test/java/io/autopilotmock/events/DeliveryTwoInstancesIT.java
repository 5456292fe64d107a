package io.autopilotmock.events;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import io.autopilotmock.storage.AppProcess;
import io.autopilotmock.storage.PostgresDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances on one PostgreSQL share one outbox: triggers go to both, the deliveries
 * fall due together after a delay so that both instances' workers compete for the same
 * rows, and the receiver gets each delivery exactly once (it answers 200, so nothing is
 * retried).
 * <p>
 * Both instances send, by construction rather than by luck: each has {@value #WORKERS}
 * workers and room for one claimed delivery more, and the receiver holds the first
 * requests unanswered, so that the instance that claims first fills its account's share
 * (half its workers) and stops claiming while rows are still due. Eight webhooks give
 * enough room under the per-webhook share for the other instance to claim the rest. The
 * receiver then has more requests open at once than one instance sends for one account,
 * and each instance's own count of what it sent
 * ({@code autopilot_deliveries_seconds_count}) is above zero, the two adding up to the
 * deliveries. Order holds across them: no instance sends a dialogue's second event while
 * its first is in flight at the other.
 */
@EnabledIfEnvironmentVariable(named = "POSTGRES_URL", matches = ".+")
class DeliveryTwoInstancesIT {

	private static final int WORKERS = 4;

	private static final int WEBHOOKS = 8;

	private static final int TRIGGERS = 15;

	/** Each webhook subscribed to both events of every trigger. */
	private static final int DELIVERIES = TRIGGERS * WEBHOOKS * 2;

	private static final long DELAY_MS = 1500;

	private static final Pattern SENT = Pattern
		.compile("(?m)^autopilot_deliveries_seconds_count\\{[^}]*outcome=\"2xx\"[^}]*} (\\S+)$");

	@Test
	void eachDeliveryShouldBeSentByOneInstanceOnlyAndBothShouldSend() throws Exception {
		Map<String, String> environment = new HashMap<>(PostgresDatabase.environment(PostgresDatabase.url()));
		environment.put("AUTOPILOT_MOCK_EVENTS_WORKERS", Integer.toString(WORKERS));
		environment.put("AUTOPILOT_MOCK_EVENTS_QUEUE_CAPACITY", "1");
		environment.put("AUTOPILOT_MOCK_METRICS_PROMETHEUS", "true");
		String assistant = "UA%032x".formatted(System.nanoTime());
		List<AppProcess> started = new ArrayList<>();
		try (HoldingReceiver receiver = HoldingReceiver.start()) {
			// One after the other: two start-ups at once on a small machine may each take
			// longer than a start is given.
			AppProcess a = start(environment, started);
			AppProcess b = start(environment, started);
			List<String> hooks = new ArrayList<>();
			for (int i = 0; i < WEBHOOKS; i++) {
				AppProcess instance = (i % 2 == 0) ? a : b;
				String method = (i % 2 == 0) ? "POST" : "GET";
				hooks.add(ProcessCalls.createWebhook(instance, assistant, "hook-" + i, method,
						receiver.url("/" + method.toLowerCase() + "/" + i)));
			}

			receiver.hold();
			Set<String> accepted = new HashSet<>();
			ExecutorService clients = Executors.newFixedThreadPool(8);
			try {
				List<Callable<List<String>>> triggers = new ArrayList<>();
				for (int i = 0; i < TRIGGERS; i++) {
					AppProcess instance = (i % 2 == 0) ? a : b;
					triggers.add(() -> ProcessCalls.trigger(instance, assistant, DELAY_MS));
				}
				for (Future<List<String>> fired : clients.invokeAll(triggers)) {
					accepted.addAll(fired.get());
				}
			}
			finally {
				clients.shutdownNow();
			}
			assertThat(accepted).as("accepted deliveries, each with its own token").hasSize(DELIVERIES);

			receiver.awaitCount(WORKERS, Duration.ofSeconds(30));
			int open = receiver.count();
			receiver.release();
			assertThat(open).as("requests open at once, more than one instance sends for one account")
				.isGreaterThan(WORKERS / 2);

			receiver.awaitTokens(accepted, 0, Duration.ofSeconds(40));
			// Every delivery recorded as delivered: none is still in flight that could
			// arrive twice; then a few polls of both instances for a late second send.
			Map<String, String> states = ProcessCalls.settledStates(a, 20_000, hooks.toArray(String[]::new));
			assertThat(states.keySet()).containsExactlyInAnyOrderElementsOf(accepted);
			assertThat(states.values()).containsOnly("delivered");
			Thread.sleep(2000);

			assertThat(receiver.distinctFrom(0)).containsExactlyInAnyOrderElementsOf(accepted);
			assertThat(receiver.tokens()).as("requests received").hasSize(DELIVERIES).doesNotHaveDuplicates();
			long sentByA = sent(a);
			long sentByB = sent(b);
			assertThat(sentByA).as("deliveries the first instance sent").isPositive();
			assertThat(sentByB).as("deliveries the second instance sent").isPositive();
			assertThat(sentByA + sentByB).isEqualTo(DELIVERIES);
			DeliveryDurabilityIT.assertInOrder(receiver.arrivals(), TRIGGERS * WEBHOOKS);
			System.out.printf(
					"DeliveryTwoInstancesIT: %d deliveries over two instances (%d and %d sent), %d requests, %d open at "
							+ "once, %d distinct tokens%n",
					DELIVERIES, sentByA, sentByB, receiver.count(), open, receiver.distinctFrom(0).size());
		}
		finally {
			for (AppProcess app : started) {
				app.close();
			}
		}
	}

	/** The deliveries an instance sent and had answered 2xx, by its own metrics. */
	private static long sent(AppProcess app) throws Exception {
		HttpResponse<String> scrape = app.get("/actuator/prometheus");
		assertThat(scrape.statusCode()).isEqualTo(200);
		Matcher matcher = SENT.matcher(scrape.body());
		long sent = 0;
		while (matcher.find()) {
			sent += (long) Double.parseDouble(matcher.group(1));
		}
		return sent;
	}

	private static AppProcess start(Map<String, String> environment, List<AppProcess> started) throws Exception {
		AppProcess app = AppProcess.start(environment);
		started.add(app);
		return app;
	}

}
