package io.autopilotmock.storage;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing acknowledged is ever lost: writers hammer creates, updates and deletes, the
 * process is killed with SIGKILL mid-load, restarted on the same data, and every write
 * that was answered 2xx is there.
 */
class DurabilityIT {

	private static final String ASSISTANT = "UA%032x".formatted(System.nanoTime());

	private static final String WEBHOOKS = "/v1/Assistants/" + ASSISTANT + "/Webhooks";

	private static final int WRITERS = 8;

	@Test
	void fileModeShouldKeepEveryAcknowledgedWriteThroughKill9(@TempDir Path data) throws Exception {
		Map<String, String> environment = Map.of("SPRING_PROFILES_ACTIVE", "file", "AUTOPILOT_MOCK_DATA_DIR",
				data.toString());
		killMidLoadAndCheck(environment);
	}

	@Test
	@EnabledIfEnvironmentVariable(named = "POSTGRES_URL", matches = ".+")
	void postgresModeShouldKeepEveryAcknowledgedWriteThroughKill9() throws Exception {
		killMidLoadAndCheck(PostgresDatabase.environment(PostgresDatabase.url()));
	}

	private void killMidLoadAndCheck(Map<String, String> environment) throws Exception {
		Acknowledged acknowledged = new Acknowledged();
		try (AppProcess app = AppProcess.start(environment)) {
			AtomicBoolean running = new AtomicBoolean(true);
			ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
			for (int writer = 0; writer < WRITERS; writer++) {
				int id = writer;
				writers.submit(() -> write(app, id, running, acknowledged));
			}
			Thread.sleep(5000);
			app.kill();
			running.set(false);
			writers.shutdown();
			assertThat(writers.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
		}
		assertThat(acknowledged.count()).as("acknowledged writes before the kill").isGreaterThan(100);
		try (AppProcess restarted = AppProcess.start(environment)) {
			Map<String, String> stored = listAll(restarted);
			acknowledged.events.forEach((sid, events) -> {
				if (!acknowledged.uncertain.contains(sid)) {
					assertThat(stored).as("acknowledged webhook %s", sid).containsEntry(sid, events);
				}
			});
			acknowledged.deleted.forEach((sid) -> assertThat(stored).as("deleted webhook").doesNotContainKey(sid));
			System.out.printf(
					"DurabilityIT [%s]: %d acknowledged writes (%d creates, %d updates, %d deletes) "
							+ "all present after kill -9%n",
					environment.get("SPRING_PROFILES_ACTIVE"), acknowledged.count(), acknowledged.creates,
					acknowledged.updates, acknowledged.deleted.size());
		}
	}

	/**
	 * One writer's loop. Each webhook is updated or deleted at most once, so that the
	 * expected final state of every acknowledged one is exact; a write cut off without an
	 * answer makes its webhook uncertain, and it is not checked.
	 */
	private static void write(AppProcess app, int writer, AtomicBoolean running, Acknowledged acknowledged) {
		List<String> untouched = new ArrayList<>();
		for (int n = 0; running.get(); n++) {
			String touched = null;
			try {
				if (n % 4 == 3 && !untouched.isEmpty()) {
					touched = untouched.remove(0);
					HttpResponse<String> updated = app.post(WEBHOOKS + "/" + touched,
							Map.of("Events", "onDialogueEnd"));
					if (updated.statusCode() == 200) {
						acknowledged.updated(touched, "onDialogueEnd");
					}
				}
				else if (n % 6 == 5 && !untouched.isEmpty()) {
					touched = untouched.remove(0);
					if (app.delete(WEBHOOKS + "/" + touched).statusCode() == 204) {
						acknowledged.deleted(touched);
					}
				}
				else {
					HttpResponse<String> created = app.post(WEBHOOKS, Map.of("UniqueName", "w" + writer + "-" + n,
							"Events", "onDialogueStart", "WebhookUrl", "https://example.com/" + n));
					if (created.statusCode() == 201) {
						String sid = JsonPath.read(created.body(), "$.sid");
						acknowledged.created(sid, "onDialogueStart");
						untouched.add(sid);
					}
				}
			}
			catch (Exception ex) {
				if (touched != null) {
					acknowledged.uncertain.add(touched);
				}
				return;
			}
		}
	}

	private static Map<String, String> listAll(AppProcess app) throws Exception {
		Map<String, String> stored = new HashMap<>();
		String next = WEBHOOKS + "?PageSize=1000";
		while (next != null) {
			HttpResponse<String> page = app.get(next);
			assertThat(page.statusCode()).isEqualTo(200);
			List<String> sids = JsonPath.read(page.body(), "$.webhooks[*].sid");
			List<String> events = JsonPath.read(page.body(), "$.webhooks[*].events");
			for (int i = 0; i < sids.size(); i++) {
				stored.put(sids.get(i), events.get(i));
			}
			next = JsonPath.read(page.body(), "$.meta.next_page_url");
		}
		return stored;
	}

	private static final class Acknowledged {

		final Map<String, String> events = new ConcurrentHashMap<>();

		final Set<String> deleted = ConcurrentHashMap.newKeySet();

		final Set<String> uncertain = ConcurrentHashMap.newKeySet();

		volatile int creates;

		volatile int updates;

		synchronized void created(String sid, String events) {
			this.events.put(sid, events);
			this.creates++;
		}

		synchronized void updated(String sid, String events) {
			this.events.put(sid, events);
			this.updates++;
		}

		synchronized void deleted(String sid) {
			this.events.remove(sid);
			this.deleted.add(sid);
		}

		synchronized int count() {
			return this.creates + this.updates + this.deleted.size();
		}

	}

}
