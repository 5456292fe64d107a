package io.autopilotmock.events;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

import io.autopilotmock.storage.AppProcess;
import io.autopilotmock.storage.PostgresDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing accepted is lost, and order holds: the jar accepts dialogues whose deliveries
 * go to a receiver that does not answer, is killed with SIGKILL while two deliveries are
 * in flight (mid-dialogue: each dialogue's second event waits behind its first) and the
 * rest still queued in the database, and once restarted on the same data sends every one
 * of them, each with the idempotency token its trigger answered, each dialogue's events
 * to each webhook in the order they were fired.
 */
class DeliveryDurabilityIT {

	private static final int TRIGGERS = 10;

	/** Two webhooks, each subscribed to both events of every trigger. */
	private static final int DELIVERIES = TRIGGERS * 2 * 2;

	/** Half the workers for the account: two deliveries in flight at the kill. */
	private static final int WORKERS = 4;

	private static final int IN_FLIGHT = 2;

	@Test
	void fileModeShouldSendEveryAcceptedDeliveryAfterKill9(@TempDir Path data) throws Exception {
		killWhilePendingAndCheck(Map.of("SPRING_PROFILES_ACTIVE", "file", "AUTOPILOT_MOCK_DATA_DIR", data.toString()));
	}

	@Test
	@EnabledIfEnvironmentVariable(named = "POSTGRES_URL", matches = ".+")
	void postgresModeShouldSendEveryAcceptedDeliveryAfterKill9() throws Exception {
		killWhilePendingAndCheck(PostgresDatabase.environment(PostgresDatabase.url()));
	}

	/**
	 * Each (dialogue, webhook) got its start before its end, none after: a delivery in
	 * flight at the kill is sent again, but still before the next one.
	 */
	static void assertInOrder(List<HoldingReceiver.Arrival> arrivals, int pairs) {
		Map<String, List<String>> byPair = new HashMap<>();
		for (HoldingReceiver.Arrival arrival : arrivals) {
			byPair.computeIfAbsent(arrival.dialogue() + " " + arrival.path(), (key) -> new ArrayList<>())
				.add(arrival.event());
		}
		assertThat(byPair).hasSize(pairs);
		byPair.forEach((pair, events) -> {
			int end = events.indexOf("onDialogueEnd");
			assertThat(end).as(pair + ": " + events).isPositive();
			assertThat(events.subList(0, end)).as(pair + ": " + events).containsOnly("onDialogueStart");
			assertThat(events.subList(end, events.size())).as(pair + ": " + events).containsOnly("onDialogueEnd");
		});
	}

	private void killWhilePendingAndCheck(Map<String, String> storage) throws Exception {
		Map<String, String> environment = new HashMap<>(storage);
		// Two requests in flight (an account may take half the workers), the rest in the
		// database. The default timeouts (15 s) outlast the kill: the
		// requests in flight
		// are still waiting for their answer when the process dies. On PostgreSQL their
		// claims run out 15 s plus this margin after they were made.
		environment.put("AUTOPILOT_MOCK_EVENTS_WORKERS", String.valueOf(WORKERS));
		environment.put("AUTOPILOT_MOCK_EVENTS_LEASE_MARGIN", "1s");
		String assistant = "UA%032x".formatted(System.nanoTime());
		try (HoldingReceiver receiver = HoldingReceiver.start()) {
			receiver.hold();
			Set<String> accepted = new LinkedHashSet<>();
			String postHook;
			String getHook;
			try (AppProcess app = AppProcess.start(environment)) {
				postHook = ProcessCalls.createWebhook(app, assistant, "post-hook", "POST", receiver.url("/post"));
				getHook = ProcessCalls.createWebhook(app, assistant, "get-hook", "GET", receiver.url("/get"));
				for (int i = 0; i < TRIGGERS; i++) {
					accepted.addAll(ProcessCalls.trigger(app, assistant, 0));
				}
				receiver.awaitCount(IN_FLIGHT, Duration.ofSeconds(30));
				Map<String, String> before = new HashMap<>(ProcessCalls.states(app, postHook));
				before.putAll(ProcessCalls.states(app, getHook));
				assertThat(before).as("the log just before the kill").hasSize(DELIVERIES);
				assertThat(before.values()).containsOnly("pending");
				app.kill();
			}
			List<String> inFlight = receiver.tokens();
			assertThat(accepted).as("accepted deliveries, each with its own token").hasSize(DELIVERIES);
			assertThat(inFlight).as("requests in flight at the kill, unanswered").hasSize(IN_FLIGHT);
			assertThat(accepted).containsAll(inFlight);

			receiver.release();
			try (AppProcess restarted = AppProcess.start(environment)) {
				receiver.awaitTokens(accepted, IN_FLIGHT, Duration.ofSeconds(40));
				assertThat(receiver.distinctFrom(IN_FLIGHT)).as("tokens received after the restart")
					.containsExactlyInAnyOrderElementsOf(accepted);
				Map<String, String> states = ProcessCalls.settledStates(restarted, 10_000, postHook, getHook);
				assertThat(states.keySet()).containsExactlyInAnyOrderElementsOf(accepted);
				assertThat(states.values()).containsOnly("delivered");
				assertInOrder(receiver.arrivals(), TRIGGERS * 2);
				System.out.printf(
						"DeliveryDurabilityIT [%s]: %d deliveries accepted, %d in flight at kill -9, "
								+ "all %d sent after the restart (%d requests in all)%n",
						environment.get("SPRING_PROFILES_ACTIVE"), accepted.size(), inFlight.size(), accepted.size(),
						receiver.count());
			}
		}
	}

}
