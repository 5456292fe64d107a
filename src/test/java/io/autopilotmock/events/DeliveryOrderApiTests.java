package io.autopilotmock.events;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import io.autopilotmock.events.Receiver.Received;
import io.autopilotmock.twilio.TestAccounts;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static io.autopilotmock.events.EventsApi.createWebhook;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Deliveries of one dialogue to one webhook arrive one at a time, in the order their
 * events were fired, across triggers, while dialogues and webhooks go in parallel; a
 * {@code concurrent} trigger sends all at once.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class DeliveryOrderApiTests extends AbstractReceiverApiTests {

	static final List<String> FIRST = List.of("onDialogueStart", "onDialogueTaskStart", "onDialogueTurn");

	static final List<String> THEN = List.of("onCollectAttempt", "onDialogueTaskEnd", "onDialogueEnd");

	@Test
	void manyDialoguesToSeveralWebhooksShouldEachArriveInOrderThoughSlowAndSometimesFailing() throws Exception {
		String account = TestAccounts.fresh();
		// Up to 20 ms an answer, one in six a 503, retried up to three times.
		this.receiver.answerRandomly(20, 6, 42);
		int webhooks = 3;
		for (int w = 0; w < webhooks; w++) {
			createWebhook(account, "order", this.assistant, "w" + w, String.join(" ", all()),
					this.receiver.url("/w" + w) + "#rc=3&rp=5xx", "POST");
		}
		int dialogues = 12;
		ExecutorService clients = Executors.newFixedThreadPool(4);
		try {
			List<Future<?>> fired = new ArrayList<>();
			for (int d = 0; d < dialogues; d++) {
				fired.add(clients.submit(() -> {
					String dialogue = trigger(account, null, FIRST).getString("dialogue.sid");
					trigger(account, dialogue, THEN);
				}));
			}
			for (Future<?> trigger : fired) {
				trigger.get();
			}
		}
		finally {
			clients.shutdown();
		}
		EventsApi.awaitNonePending(account, Duration.ofSeconds(60));
		assertInOrder(this.receiver.received(), dialogues * webhooks);
	}

	@Test
	void aConcurrentTriggerShouldSendItsDeliveriesAllAtOnce() throws Exception {
		String account = TestAccounts.fresh();
		this.receiver.answer("/slow", 300, 200);
		createWebhook(account, "order", this.assistant, "slow", String.join(" ", FIRST), this.receiver.url("/slow"),
				"POST");
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("events", FIRST);
		body.put("concurrent", true);
		body.put("wait", true);
		body.put("account_sid", account);
		JsonPath fired = EventsApi.trigger(this.assistant, body).then().statusCode(201).extract().jsonPath();
		assertThat(fired.getList("deliveries.state")).containsOnly("delivered");
		assertThat(fired.getList("deliveries.concurrent")).containsOnly(true);
		List<Received> received = this.receiver.received("/slow");
		assertThat(received).hasSize(3);
		// All three arrived before the first could have been answered.
		long spreadMs = (received.get(2).nanoTime() - received.get(0).nanoTime()) / 1_000_000;
		assertThat(spreadMs).isLessThan(250);
	}

	@Test
	void anOrderedTriggerShouldSendTheNextOnlyWhenThePreviousHasEnded() throws Exception {
		String account = TestAccounts.fresh();
		this.receiver.answer("/slow", 150, 200);
		createWebhook(account, "order", this.assistant, "slow", String.join(" ", FIRST), this.receiver.url("/slow"),
				"POST");
		JsonPath fired = trigger(account, null, FIRST);
		assertThat(fired.getList("deliveries.concurrent")).containsOnly(false);
		List<Received> received = this.receiver.await("/slow", 3, Duration.ofSeconds(10));
		assertThat(received).extracting((r) -> r.form().get("Event")).containsExactlyElementsOf(FIRST);
		for (int i = 1; i < 3; i++) {
			assertThat((received.get(i).nanoTime() - received.get(i - 1).nanoTime()) / 1_000_000)
				.as("each after the previous was answered")
				.isGreaterThanOrEqualTo(150);
		}
	}

	@Test
	void aTriggerWithoutWaitShouldAnswerItsCountAndAtMostTheFirstHundredDeliveries() {
		String account = TestAccounts.fresh();
		for (int w = 0; w < 3; w++) {
			createWebhook(account, "order", this.assistant, "many" + w, String.join(" ", all()),
					this.receiver.url("/many"), "POST");
		}
		List<String> events = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			events.addAll(all());
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("events", events);
		body.put("account_sid", account);
		JsonPath fired = EventsApi.trigger(this.assistant, body).then().statusCode(201).extract().jsonPath();
		String dialogue = fired.getString("dialogue.sid");
		assertThat(fired.getInt("deliveries_count")).isEqualTo(108);
		assertThat(fired.getList("deliveries")).hasSize(100);
		assertThat(fired.getString("deliveries_url"))
			.isEqualTo("http://localhost:" + this.port + "/__admin/deliveries?dialogue_sid=" + dialogue);
	}

	@Test
	void aTriggerBeyondTheDeliveriesOneTriggerMayCreateShouldRecordNothing() {
		String account = TestAccounts.fresh();
		for (int w = 0; w < 11; w++) {
			createWebhook(account, "order", this.assistant, "bound" + w, String.join(" ", all()),
					this.receiver.url("/bound"), "POST");
		}
		List<String> events = new ArrayList<>();
		for (int i = 0; i < 16; i++) {
			events.addAll(all());
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("events", events);
		body.put("account_sid", account);
		EventsApi.trigger(this.assistant, body)
			.then()
			.statusCode(400)
			.body("code", equalTo(20001))
			.body("message", equalTo("The trigger would create 1056 deliveries (its events times the webhooks "
					+ "subscribed to each), more than autopilot-mock.events.max-deliveries-per-trigger allows: 1000"));
		RestAssured.given()
			.queryParam("account_sid", account)
			.get("/__admin/deliveries")
			.then()
			.body("deliveries.size()", equalTo(0));
	}

	/**
	 * Every (dialogue, webhook) pair got all its events, in order: a retried attempt may
	 * repeat an event, but no event arrives before an earlier one has ended.
	 */
	static void assertInOrder(List<Received> received, int pairs) {
		List<String> events = all();
		Map<String, List<Integer>> byPair = new HashMap<>();
		for (Received request : received) {
			Map<String, String> form = request.form();
			byPair.computeIfAbsent(form.get("DialogueSid") + " " + request.path(), (key) -> new ArrayList<>())
				.add(events.indexOf(form.get("Event")));
		}
		assertThat(byPair).hasSize(pairs);
		byPair.forEach((pair, order) -> {
			assertThat(order).as("events of " + pair + " as they arrived").isSorted();
			assertThat(order.stream().distinct().toList()).as(pair).containsExactly(0, 1, 2, 3, 4, 5);
		});
	}

	static List<String> all() {
		List<String> all = new ArrayList<>(FIRST);
		all.addAll(THEN);
		return all;
	}

	private JsonPath trigger(String account, @Nullable String dialogue, List<String> events) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("events", events);
		body.put("account_sid", account);
		// 201 for a new dialogue, 200 for more of one.
		return ((dialogue == null) ? EventsApi.trigger(this.assistant, body)
				: EventsApi.more(this.assistant, dialogue, body))
			.then()
			.statusCode((dialogue == null) ? 201 : 200)
			.extract()
			.jsonPath();
	}

}
