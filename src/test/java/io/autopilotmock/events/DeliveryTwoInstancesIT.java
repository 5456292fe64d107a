package io.autopilotmock.events;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import io.autopilotmock.storage.AppProcess;
import io.autopilotmock.storage.PostgresDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances on one PostgreSQL share one outbox: triggers go to both, the deliveries
 * fall due together after a delay so that both instances' workers compete for the same
 * rows, and the receiver gets each delivery exactly once (it answers 200 at once, so
 * nothing is retried).
 */
@EnabledIfEnvironmentVariable(named = "POSTGRES_URL", matches = ".+")
class DeliveryTwoInstancesIT {

	private static final int TRIGGERS = 60;

	/** Two webhooks, each subscribed to both events of every trigger. */
	private static final int DELIVERIES = TRIGGERS * 2 * 2;

	private static final long DELAY_MS = 1500;

	@Test
	void eachDeliveryShouldBeSentByOneInstanceOnly() throws Exception {
		Map<String, String> environment = PostgresDatabase.environment(PostgresDatabase.url());
		String assistant = "UA%032x".formatted(System.nanoTime());
		List<AppProcess> started = new ArrayList<>();
		try (HoldingReceiver receiver = HoldingReceiver.start()) {
			// One after the other: two start-ups at once on a small machine may each take
			// longer than a start is given.
			AppProcess a = start(environment, started);
			AppProcess b = start(environment, started);
			String postHook = ProcessCalls.createWebhook(a, assistant, "post-hook", "POST", receiver.url("/post"));
			String getHook = ProcessCalls.createWebhook(b, assistant, "get-hook", "GET", receiver.url("/get"));

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

			receiver.awaitTokens(accepted, 0, Duration.ofSeconds(40));
			// Every delivery recorded as delivered: none is still in flight that could
			// arrive twice; then a few polls of both instances for a late second send.
			Map<String, String> states = ProcessCalls.settledStates(a, 20_000, postHook, getHook);
			assertThat(states.keySet()).containsExactlyInAnyOrderElementsOf(accepted);
			assertThat(states.values()).containsOnly("delivered");
			Thread.sleep(2000);

			assertThat(receiver.distinctFrom(0)).containsExactlyInAnyOrderElementsOf(accepted);
			assertThat(receiver.tokens()).as("requests received").hasSize(DELIVERIES).doesNotHaveDuplicates();
			System.out.printf(
					"DeliveryTwoInstancesIT: %d deliveries over two instances, %d requests, %d distinct tokens%n",
					DELIVERIES, receiver.count(), receiver.distinctFrom(0).size());
		}
		finally {
			for (AppProcess app : started) {
				app.close();
			}
		}
	}

	private static AppProcess start(Map<String, String> environment, List<AppProcess> started) throws Exception {
		AppProcess app = AppProcess.start(environment);
		started.add(app);
		return app;
	}

}
