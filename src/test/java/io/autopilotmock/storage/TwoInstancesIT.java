package io.autopilotmock.storage;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances on one PostgreSQL behave as one service.
 */
@EnabledIfEnvironmentVariable(named = "POSTGRES_URL", matches = ".+")
class TwoInstancesIT {

	private static AppProcess a;

	private static AppProcess b;

	private static int assistants;

	@BeforeAll
	static void startBoth() throws Exception {
		a = AppProcess.start(PostgresDatabase.environment(PostgresDatabase.url()));
		b = AppProcess.start(PostgresDatabase.environment(PostgresDatabase.url()));
	}

	@AfterAll
	static void stopBoth() throws Exception {
		a.close();
		b.close();
	}

	@Test
	void whatOneCreatesTheOtherShouldFetchAndList() throws Exception {
		String webhooks = webhooks();
		HttpResponse<String> created = a.post(webhooks, hook("shared"));
		assertThat(created.statusCode()).isEqualTo(201);
		String sid = JsonPath.read(created.body(), "$.sid");
		HttpResponse<String> fetched = b.get(webhooks + "/" + sid);
		assertThat(fetched.statusCode()).isEqualTo(200);
		assertThat(fetched.body()).isEqualTo(created.body().replace(a.baseUrl(), b.baseUrl()));
		assertThat(JsonPath.<List<String>>read(b.get(webhooks).body(), "$.webhooks[*].sid")).containsExactly(sid);
		assertThat(b.delete(webhooks + "/shared").statusCode()).isEqualTo(204);
		assertThat(a.get(webhooks + "/" + sid).statusCode()).isEqualTo(404);
	}

	@Test
	void concurrentCreatesOfOneNameOverBothShouldYieldExactlyOne201() throws Exception {
		String webhooks = webhooks();
		ExecutorService pool = Executors.newFixedThreadPool(64);
		try {
			List<Callable<Integer>> creates = new ArrayList<>();
			for (int i = 0; i < 64; i++) {
				AppProcess instance = (i % 2 == 0) ? a : b;
				creates.add(() -> instance.post(webhooks, hook("contended")).statusCode());
			}
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> status : pool.invokeAll(creates)) {
				statuses.add(status.get());
			}
			assertThat(statuses).filteredOn((status) -> status == 201).hasSize(1);
			assertThat(statuses).filteredOn((status) -> status == 409).hasSize(63);
		}
		finally {
			pool.shutdownNow();
		}
	}

	/**
	 * While one instance pages, the other deletes a row the reader has already passed and
	 * appends one: offset paging would then skip a row on every page, keyset paging
	 * neither skips nor repeats, and the appended rows come last.
	 */
	@Test
	void pagingOnOneShouldNeitherSkipNorRepeatWhileTheOtherDeletesAndAppends() throws Exception {
		String webhooks = webhooks();
		List<String> existing = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			existing.add(JsonPath.read(a.post(webhooks, hook("before-" + i)).body(), "$.sid"));
		}
		List<String> seen = new ArrayList<>();
		List<String> appended = new ArrayList<>();
		String next = webhooks + "?PageSize=7";
		for (int page = 0; next != null; page++) {
			assertThat(page).as("pages read").isLessThan(50);
			HttpResponse<String> answer = b.get(next);
			assertThat(answer.statusCode()).isEqualTo(200);
			List<String> sids = JsonPath.read(answer.body(), "$.webhooks[*].sid");
			seen.addAll(sids);
			next = JsonPath.read(answer.body(), "$.meta.next_page_url");
			if (!sids.isEmpty()) {
				assertThat(a.delete(webhooks + "/" + sids.get(0)).statusCode()).isEqualTo(204);
			}
			HttpResponse<String> created = a.post(webhooks, hook("during-" + page));
			assertThat(created.statusCode()).isEqualTo(201);
			appended.add(JsonPath.read(created.body(), "$.sid"));
		}
		assertThat(seen).doesNotHaveDuplicates();
		assertThat(seen.subList(0, existing.size())).isEqualTo(existing);
		// Every row appended before the last page was read, in order; the one appended
		// after it, not.
		assertThat(seen.subList(existing.size(), seen.size())).isEqualTo(appended.subList(0, appended.size() - 1));
	}

	private static synchronized String webhooks() {
		return "/v1/Assistants/UA%016x%016x/Webhooks".formatted(System.nanoTime(), ++assistants);
	}

	private static Map<String, String> hook(String uniqueName) {
		return Map.of("UniqueName", uniqueName, "Events", "onDialogueStart", "WebhookUrl", "https://example.com");
	}

}
