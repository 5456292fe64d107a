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
 * Deliveries that wait behind their webhook's share (one worker of two) for longer than
 * half the lease margin (1 s) have their leases taken over before they are sent; the
 * first is sent under the lease it was recorded with. Each is sent once.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "autopilot-mock.events.workers=2", "autopilot-mock.events.lease-margin=1s" })
class DeliveryTakeOverApiTests extends AbstractReceiverApiTests {

	@Test
	void deliveriesThatWaitedPastHalfTheLeaseMarginShouldEachBeSentOnce() {
		String account = TestAccounts.fresh();
		String assistant = TestAccounts.freshAssistant();
		createWebhook(account, "x", assistant, "slow", "onDialogueTurn", this.receiver.url("/slow"), "POST");
		// One at a time: the second waits 700 ms, the fourth 2.1 s.
		this.receiver.answer("/slow", 700, 200);

		long start = System.nanoTime();
		JsonPath fired = EventsApi.begin(account, assistant, Collections.nCopies(4, "onDialogueTurn"), true, 0);
		long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

		assertThat(fired.getList("deliveries.state")).containsExactly("delivered", "delivered", "delivered",
				"delivered");
		assertThat(fired.getList("deliveries.idempotency_token")).doesNotHaveDuplicates();
		assertThat(this.receiver.received("/slow"))
			.extracting((received) -> received.header("I-Twilio-Idempotency-Token"))
			.containsExactlyInAnyOrderElementsOf(fired.getList("deliveries.idempotency_token"));
		// A delivery whose take-over failed would be claimed again only when its lease
		// (15 s plus 1 s) ran out.
		assertThat(tookMs).as("before any lease could run out").isLessThan(10_000);
	}

}
