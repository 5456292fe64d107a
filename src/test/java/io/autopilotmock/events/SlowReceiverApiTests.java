package io.autopilotmock.events;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import io.autopilotmock.twilio.TestAccounts;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static io.autopilotmock.events.EventsApi.createWebhook;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A receiver that never answers, with a hundred deliveries queued for it, holds up
 * neither the API nor another receiver: it gets half the workers, the other receiver the
 * rest. Prints the API's latencies before and during the backlog. The outbox is polled
 * only once a minute here, so that what is sent before then was sent because a trigger or
 * a finished delivery woke the dispatcher.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "autopilot-mock.events.workers=4", "autopilot-mock.events.poll-interval=1m" })
class SlowReceiverApiTests extends AbstractReceiverApiTests {

	@Test
	void aDeadReceiverShouldSlowNeitherTheApiNorAnotherReceiver() {
		String account = TestAccounts.fresh();
		String dead = TestAccounts.freshAssistant();
		String alive = TestAccounts.freshAssistant();
		String hook = createWebhook(account, "x", dead, "dead", "onDialogueTurn",
				this.receiver.url("/dead") + "#tt=3000", "POST");
		createWebhook(account, "x", alive, "alive", "onDialogueTurn", this.receiver.url("/alive"), "POST");
		this.receiver.answer("/dead", 10_000, 200);
		String fetch = "/v1/Assistants/" + dead + "/Webhooks/" + hook;
		List<Long> before = latencies(account, fetch);

		long start = System.nanoTime();
		JsonPath backlog = EventsApi.begin(account, dead, Collections.nCopies(100, "onDialogueTurn"), false, 0);
		long triggerMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
		assertThat(backlog.getList("deliveries.state")).hasSize(100).containsOnly("pending");

		List<Long> during = latencies(account, fetch);
		start = System.nanoTime();
		JsonPath other = EventsApi.begin(account, alive, List.of("onDialogueTurn"), true, 0);
		long otherMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
		assertThat(other.getString("deliveries[0].state")).isEqualTo("delivered");
		int pendingDead = RestAssured.given()
			.queryParam("webhook_sid", hook)
			.queryParam("status", "pending")
			.queryParam("limit", 1000)
			.get("/__admin/deliveries")
			.jsonPath()
			.getList("deliveries")
			.size();
		assertThat(pendingDead).as("the dead receiver's backlog is still there").isGreaterThan(90);
		System.out.printf(
				"Slow receiver: trigger of 100 deliveries %d ms; API fetch p50/p99 %d/%d ms before, %d/%d ms during the "
						+ "backlog; another receiver's delivery %d ms, with %d still pending for the dead one%n",
				triggerMs, percentile(before, 50), percentile(before, 99), percentile(during, 50),
				percentile(during, 99), otherMs, pendingDead);
		assertThat(percentile(during, 99)).isLessThan(3000);
	}

	@Test
	void deliveriesHeldBackByTheirWebhooksShareShouldGoAsEachFinishesNotAtThePoll() {
		String account = TestAccounts.fresh();
		String assistant = TestAccounts.freshAssistant();
		createWebhook(account, "x", assistant, "busy", "onDialogueTurn", this.receiver.url("/busy"), "POST");
		this.receiver.answer("/busy", 200, 200);

		// Six to one webhook, two at a time: four wait for one before them to finish.
		long start = System.nanoTime();
		JsonPath fired = EventsApi.begin(account, assistant, Collections.nCopies(6, "onDialogueTurn"), true, 0);
		long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

		assertThat(fired.getList("deliveries.state")).hasSize(6).containsOnly("delivered");
		assertThat(this.receiver.received("/busy")).hasSize(6);
		assertThat(tookMs).as("well before the next poll").isLessThan(30_000);
	}

	private static List<Long> latencies(String account, String path) {
		List<Long> latencies = new ArrayList<>();
		for (int i = 0; i < 60; i++) {
			long start = System.nanoTime();
			RestAssured.given().auth().preemptive().basic(account, "x").get(path).then().statusCode(200);
			latencies.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
		}
		return latencies.subList(10, latencies.size());
	}

	private static long percentile(List<Long> values, int percent) {
		List<Long> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
	}

}
