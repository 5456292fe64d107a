package io.autopilotmock.events;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.autopilotmock.events.WebhookShares.Handout;
import io.autopilotmock.events.WebhookShares.Slot;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A webhook's share of the workers: deliveries beyond it wait in memory, in the order
 * they were recorded, each taking the slot of one that ended; other webhooks are not held
 * back; a webhook with nothing left is forgotten.
 */
class WebhookSharesTests {

	private final WebhookShares shares = new WebhookShares(2);

	@Test
	void deliveriesBeyondTheShareShouldWaitAndGoInOrderAsOthersEnd() {
		assertThat(this.shares.reserve("UM1")).isEqualTo(Slot.SEND);
		assertThat(this.shares.reserve("UM1")).isEqualTo(Slot.SEND);
		assertThat(this.shares.reserve("UM1")).isEqualTo(Slot.WAIT);
		assertThat(this.shares.reserve("UM1")).isEqualTo(Slot.WAIT);
		assertThat(this.shares.reserve("UM2")).as("another webhook").isEqualTo(Slot.SEND);
		assertThat(this.shares.anyAtShare()).isTrue();

		Handout third = waiting(3);
		Handout fourth = waiting(4);
		assertThat(this.shares.arrived(third)).as("both slots taken: it waits").isFalse();
		assertThat(this.shares.arrived(fourth)).isFalse();
		assertThat(this.shares.ended("UM1")).isSameAs(third);
		assertThat(this.shares.ended("UM1")).isSameAs(fourth);
		assertThat(this.shares.ended("UM1")).as("nothing waits any more").isNull();
		assertThat(this.shares.ended("UM1")).isNull();
		assertThat(this.shares.anyAtShare()).as("one slot each left in use").isFalse();
		assertThat(this.shares.ended("UM2")).isNull();
		assertThat(this.shares.reserve("UM1")).as("forgotten, then fresh").isEqualTo(Slot.SEND);
	}

	@Test
	void aDeliveryReservedToWaitShouldBeSentAtOnceWhenASlotFreedBeforeItWasRecorded() {
		this.shares.reserve("UM1");
		this.shares.reserve("UM1");
		assertThat(this.shares.reserve("UM1")).isEqualTo(Slot.WAIT);
		assertThat(this.shares.ended("UM1")).isNull();
		assertThat(this.shares.arrived(waiting(3))).isTrue();
		assertThat(this.shares.anyAtShare()).isTrue();
	}

	@Test
	void aCancelledSendShouldGiveItsSlotToTheNextWaiting() {
		this.shares.reserve("UM1");
		this.shares.reserve("UM1");
		this.shares.reserve("UM1");
		Handout third = waiting(3);
		this.shares.arrived(third);
		assertThat(this.shares.cancel("UM1", Slot.SEND)).isSameAs(third);
		assertThat(this.shares.reserve("UM1")).as("both slots in use again").isEqualTo(Slot.WAIT);
		assertThat(this.shares.cancel("UM1", Slot.WAIT)).isNull();
	}

	@Test
	void claimedDeliveriesShouldCountAgainstTheShare() {
		this.shares.claimed("UM1");
		this.shares.claimed("UM1");
		assertThat(this.shares.reserve("UM1")).isEqualTo(Slot.WAIT);
	}

	@Test
	void onlyADeliveryThatWaitedPastItsStartByShouldHaveItsLeaseTakenOver() {
		Handout waited = waiting(3, 1_000);
		assertThat(waited.mustTakeOver(999)).isFalse();
		assertThat(waited.mustTakeOver(1_000)).as("its lease still covers it").isFalse();
		assertThat(waited.mustTakeOver(1_001)).isTrue();
		assertThat(Handout.leased(waited.delivery()).mustTakeOver(Long.MAX_VALUE)).as("this instance's lease")
			.isFalse();
	}

	private static Handout waiting(long id) {
		return waiting(id, 0);
	}

	private static Handout waiting(long id, long startBy) {
		return new Handout(new Delivery(id, "AC", "UA", "UK", "UM1", "onDialogueStart", "http://127.0.0.1:9/x", "POST",
				Map.of(), "sig", "token", Delivery.PENDING, Instant.EPOCH, List.of()), "waiting-as", startBy);
	}

}
