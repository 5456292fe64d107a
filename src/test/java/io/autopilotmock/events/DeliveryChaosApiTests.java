package io.autopilotmock.events;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.autopilotmock.events.Receiver.Received;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static io.autopilotmock.events.EventsApi.createWebhook;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Chaos a receiver must survive, one trigger option each: duplicates, shuffled events, a
 * delay.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class DeliveryChaosApiTests extends AbstractReceiverApiTests {

	private static final String ACCOUNT = "AC" + "c4a0".repeat(8);

	private static final List<String> SEVEN = List.of("onDialogueStart", "onDialogueTaskStart", "onDialogueTurn",
			"onCollectAttempt", "onActionsFetch", "onDialogueTaskEnd", "onDialogueEnd");

	@BeforeEach
	void setUp() {
		createWebhook(ACCOUNT, "chaos-token", this.assistant, "all", String.join(" ", SEVEN), this.receiver.url("/all"),
				"POST");
	}

	@Test
	void duplicateShouldSendEachDeliveryTwiceWithTheSameToken() throws Exception {
		JsonPath fired = fire(Map.of("events", List.of("onDialogueStart", "onDialogueEnd"), "duplicate", true));
		assertThat(fired.getList("deliveries.event")).containsExactly("onDialogueStart", "onDialogueStart",
				"onDialogueEnd", "onDialogueEnd");
		List<String> tokens = fired.getList("deliveries.idempotency_token");
		assertThat(tokens.get(0)).isEqualTo(tokens.get(1));
		assertThat(tokens.get(2)).isEqualTo(tokens.get(3));
		assertThat(tokens.get(0)).isNotEqualTo(tokens.get(2));
		assertThat(fired.getList("deliveries.state")).containsOnly("delivered");
		List<Received> received = this.receiver.await("/all", 4, Duration.ofSeconds(5));
		assertThat(received).extracting((r) -> r.header("I-Twilio-Idempotency-Token"))
			.containsExactlyInAnyOrderElementsOf(tokens);
		assertThat(received).filteredOn((r) -> r.header("I-Twilio-Idempotency-Token").equals(tokens.get(0)))
			.extracting((r) -> r.header("X-Twilio-Signature"))
			.hasSize(2)
			.containsOnly(received.stream()
				.filter((r) -> r.header("I-Twilio-Idempotency-Token").equals(tokens.get(0)))
				.findFirst()
				.orElseThrow()
				.header("X-Twilio-Signature"));
	}

	@Test
	void shuffleShouldFireTheSameEventsInAnotherOrder() {
		List<String> events = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			events.addAll(SEVEN);
		}
		JsonPath fired = fire(Map.of("events", events, "shuffle", true));
		List<String> delivered = fired.getList("deliveries.event");
		// 21 events of 7 kinds: the chance that a shuffle keeps their order is 1 in
		// 10^14.
		assertThat(delivered).containsExactlyInAnyOrderElementsOf(events).isNotEqualTo(events);
		assertThat(fired.getList("dialogue.data.events.event")).isEqualTo(delivered);
		JsonPath unshuffled = fire(Map.of("events", events));
		assertThat(unshuffled.getList("deliveries.event")).isEqualTo(events);
	}

	@Test
	void delayShouldHoldDeliveriesBack() throws Exception {
		long start = System.nanoTime();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("events", List.of("onDialogueTurn"));
		body.put("delay_ms", 1000);
		body.put("account_sid", ACCOUNT);
		JsonPath fired = EventsApi.trigger(this.assistant, body).then().statusCode(201).extract().jsonPath();
		assertThat(fired.getString("deliveries[0].state")).isEqualTo("pending");
		Received received = this.receiver.await("/all", 1, Duration.ofSeconds(10)).get(0);
		assertThat(TimeUnit.NANOSECONDS.toMillis(received.nanoTime() - start)).isGreaterThanOrEqualTo(1000);
	}

	@Test
	void delayWithWaitShouldAnswerWhenTheDelayedDeliveriesHaveFinished() {
		long start = System.nanoTime();
		JsonPath fired = fire(Map.of("events", List.of("onDialogueTurn"), "delay_ms", 600));
		assertThat(fired.getString("deliveries[0].state")).isEqualTo("delivered");
		assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isGreaterThanOrEqualTo(600);
	}

	private JsonPath fire(Map<String, Object> options) {
		Map<String, Object> body = new LinkedHashMap<>(options);
		body.put("wait", true);
		body.put("account_sid", ACCOUNT);
		return EventsApi.trigger(this.assistant, body).then().statusCode(201).extract().jsonPath();
	}

}
