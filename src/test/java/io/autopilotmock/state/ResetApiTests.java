package io.autopilotmock.state;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static io.autopilotmock.state.ControlApi.as;
import static io.autopilotmock.state.ControlApi.createAssistant;
import static io.autopilotmock.state.ControlApi.createWebhook;
import static io.autopilotmock.state.ControlApi.reset;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * {@code POST /__admin/reset} over real HTTP, open mode: what it deletes, in which scope,
 * and requests in flight meanwhile.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ResetApiTests {

	private static final String ACCOUNT = "AC0000000000000000000000000000e5e1";

	private static final String OTHER = "AC0000000000000000000000000000e5e2";

	private static final String BUSY = "AC0000000000000000000000000000e5e3";

	private static final String ASSISTANT = "UA0000000000000000000000000000e5e1";

	@LocalServerPort
	int port;

	@BeforeEach
	void setUp() {
		RestAssured.port = this.port;
		reset(ACCOUNT);
		reset(OTHER);
	}

	@Test
	void resetShouldDeleteTheAccountsAssistantsAndWebhooksAndCountThem() throws Exception {
		createAssistant(ACCOUNT, "bot-a", "A").then().statusCode(201);
		createWebhook(ACCOUNT, "bot-a", "hook-1").then().statusCode(201);
		createWebhook(ACCOUNT, "bot-a", "hook-2").then().statusCode(201);
		createWebhook(ACCOUNT, ASSISTANT, "hook-3").then().statusCode(201);
		createWebhook(OTHER, ASSISTANT, "kept").then().statusCode(201);
		Response reset = reset(ACCOUNT);
		reset.then().statusCode(200).contentType(ContentType.JSON);
		JSONAssert.assertEquals("""
				{"account_sid": "%s", "deleted": {"assistants": 2, "webhooks": 3}}
				""".formatted(ACCOUNT), reset.asString(), JSONCompareMode.LENIENT);
		as(ACCOUNT).get("/v1/Assistants").then().statusCode(200).body("assistants.size()", equalTo(0));
		as(ACCOUNT).get("/v1/Assistants/bot-a").then().statusCode(404).body("code", equalTo(20404));
		as(OTHER).get("/v1/Assistants/{assistant}/Webhooks/kept", ASSISTANT).then().statusCode(200);
		reset(ACCOUNT).then().body("deleted.assistants", equalTo(0)).body("deleted.webhooks", equalTo(0));
	}

	@Test
	void resetShouldAnswerACountForEveryStateItClears() {
		Response reset = reset(ACCOUNT);
		assertThat(reset.jsonPath().getMap("deleted")).containsKeys("assistants", "webhooks");
		assertThat(reset.jsonPath().getMap("deleted").values()).allMatch((count) -> count.equals(0));
	}

	@Test
	void malformedAccountSidShouldBe400() {
		RestAssured.given()
			.queryParam("account_sid", "AC123")
			.post("/__admin/reset")
			.then()
			.statusCode(400)
			.contentType(ContentType.JSON)
			.body("code", equalTo(20001))
			.body("message", equalTo("account_sid must be AC followed by 32 hex digits"))
			.body("status", equalTo(400));
	}

	@Test
	void getShouldBe405() {
		RestAssured.get("/__admin/reset").then().statusCode(405).body("code", equalTo(20004));
	}

	@Test
	void outstandingPageTokenShouldReadOnFromTheFirstRowCreatedAfterTheReset() {
		for (String name : List.of("old-1", "old-2", "old-3")) {
			createWebhook(ACCOUNT, ASSISTANT, name).then().statusCode(201);
		}
		String next = as(ACCOUNT).queryParam("PageSize", 2)
			.get("/v1/Assistants/{assistant}/Webhooks", ASSISTANT)
			.path("meta.next_page_url");
		reset(ACCOUNT).then().body("deleted.webhooks", equalTo(3));
		as(ACCOUNT).get(next).then().statusCode(200).body("webhooks.size()", equalTo(0));
		for (String name : List.of("new-1", "new-2", "new-3")) {
			createWebhook(ACCOUNT, ASSISTANT, name).then().statusCode(201);
		}
		as(ACCOUNT).get(next)
			.then()
			.statusCode(200)
			.body("webhooks.unique_name", equalTo(List.of("new-1", "new-2")))
			.body("meta.page", equalTo(1));
	}

	@Test
	void resetWhileRequestsAreInFlightShouldAnswerThemWithoutA5xx() throws Exception {
		AtomicBoolean running = new AtomicBoolean(true);
		Set<Integer> statuses = ConcurrentHashMap.newKeySet();
		List<String> failures = new ArrayList<>();
		AtomicInteger counter = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(6);
		List<Future<?>> workers = new ArrayList<>();
		for (int t = 0; t < 6; t++) {
			int thread = t;
			workers.add(pool.submit(() -> {
				while (running.get()) {
					int n = counter.incrementAndGet();
					String assistant = "UA0000000000000000000000000000000" + (thread % 3);
					List<Response> answers = new ArrayList<>();
					answers.add(createWebhook(BUSY, assistant, "hook-" + n));
					answers.add(createAssistant(BUSY, "bot-" + n, "Bot"));
					answers.add(as(BUSY).formParam("Events", "onDialogueEnd")
						.post("/v1/Assistants/{assistant}/Webhooks/hook-{n}", assistant, n));
					answers.add(as(BUSY).get("/v1/Assistants/{assistant}/Webhooks", assistant));
					answers.add(as(BUSY).formParam("FriendlyName", "renamed").post("/v1/Assistants/bot-{n}", n));
					answers.add(as(BUSY).delete("/v1/Assistants/{assistant}/Webhooks/hook-{n}", assistant, n));
					answers.add(as(BUSY).delete("/v1/Assistants/bot-{n}", n));
					for (Response answer : answers) {
						statuses.add(answer.statusCode());
						if (answer.statusCode() >= 500) {
							synchronized (failures) {
								failures.add(answer.asString());
							}
						}
					}
				}
			}));
		}
		for (int i = 0; i < 15; i++) {
			reset(BUSY).then().statusCode(200);
			Thread.sleep(50);
		}
		running.set(false);
		for (Future<?> worker : workers) {
			worker.get(60, TimeUnit.SECONDS);
		}
		pool.shutdown();
		assertThat(failures).isEmpty();
		assertThat(statuses).isSubsetOf(200, 201, 204, 404);
		reset(BUSY).then().statusCode(200);
		as(BUSY).get("/v1/Assistants").then().body("assistants.size()", equalTo(0));
		ControlApi.exportState(BUSY).then().body("accounts.size()", equalTo(0));
	}

}
