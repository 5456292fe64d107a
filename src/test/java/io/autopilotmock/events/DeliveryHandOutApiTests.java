package io.autopilotmock.events;

import java.util.Collections;
import java.util.concurrent.TimeUnit;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import io.autopilotmock.twilio.TestAccounts;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static io.autopilotmock.events.EventsApi.createWebhook;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every delivery reaches a worker, and none is left to wait for its lease to run out:
 * those a trigger hands out, those that wait in memory behind their webhook's share (one
 * worker each of two), those recorded unleased because the workers and their queue (one
 * place) were full, which the dispatcher claims as others end, and delayed ones, which
 * the poll claims several at a time while the workers are idle.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "autopilot-mock.events.workers=2",
		"autopilot-mock.events.queue-capacity=1", "autopilot-mock.events.poll-interval=200ms" })
class DeliveryHandOutApiTests extends AbstractReceiverApiTests {

	@Test
	void aBurstBeyondTheWorkersAndTheirQueueShouldAllBeSent() {
		tenTurnsToTwoWebhooksShouldAllBeDeliveredBeforeAnyLeaseRunsOut(0, 50);
	}

	@Test
	void delayedDeliveriesDueTogetherShouldAllBeSent() {
		tenTurnsToTwoWebhooksShouldAllBeDeliveredBeforeAnyLeaseRunsOut(300, 20);
	}

	private void tenTurnsToTwoWebhooksShouldAllBeDeliveredBeforeAnyLeaseRunsOut(int delayMs, long answerMs) {
		String account = TestAccounts.fresh();
		String assistant = TestAccounts.freshAssistant();
		createWebhook(account, "x", assistant, "first", "onDialogueTurn", this.receiver.url("/first"), "POST");
		createWebhook(account, "x", assistant, "second", "onDialogueTurn", this.receiver.url("/second"), "GET");
		this.receiver.answer("/first", answerMs, 200);
		this.receiver.answer("/second", answerMs, 200);

		long start = System.nanoTime();
		JsonPath fired = EventsApi.begin(account, assistant, Collections.nCopies(10, "onDialogueTurn"), true, delayMs);
		long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

		assertThat(fired.getList("deliveries.state")).hasSize(20).containsOnly("delivered");
		assertThat(this.receiver.received("/first")).hasSize(10);
		assertThat(this.receiver.received("/second")).hasSize(10);
		assertThat(fired.getList("deliveries.idempotency_token")).doesNotHaveDuplicates();
		// A delivery a worker refused would be claimed again only when its lease (15 s
		// plus 10 s) ran out, after the trigger stopped waiting (20 s).
		assertThat(tookMs).as("before any lease could run out").isLessThan(15_000);
	}

}
