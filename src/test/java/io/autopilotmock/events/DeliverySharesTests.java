package io.autopilotmock.events;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.autopilotmock.events.DeliveryShares.Handout;
import io.autopilotmock.events.DeliveryShares.Slot;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An account's and a webhook's shares of the workers: deliveries beyond them wait in
 * memory, in the order they were recorded, each taking a slot that an end freed; other
 * accounts are not held back; an account may keep only so many waiting; an account with
 * nothing left is forgotten.
 */
class DeliverySharesTests {

	/** Three at once for an account, two for one of its webhooks, three waiting. */
	private final DeliveryShares shares = new DeliveryShares(100, 3, 2, 3);

	@Test
	void deliveriesBeyondTheWebhooksShareShouldWaitAndGoInOrderAsOthersEnd() {
		assertThat(this.shares.reserve("AC1", "UM1")).isEqualTo(Slot.SEND);
		assertThat(this.shares.reserve("AC1", "UM1")).isEqualTo(Slot.SEND);
		assertThat(this.shares.reserve("AC1", "UM1")).isEqualTo(Slot.WAIT);
		assertThat(this.shares.reserve("AC1", "UM1")).isEqualTo(Slot.WAIT);
		assertThat(this.shares.reserve("AC1", "UM2")).as("another webhook of the account").isEqualTo(Slot.SEND);
		assertThat(this.shares.anyAtShare()).isTrue();

		Handout third = waiting(3, "AC1", "UM1");
		Handout fourth = waiting(4, "AC1", "UM1");
		assertThat(this.shares.arrived(third)).as("both slots taken: it waits").isFalse();
		assertThat(this.shares.arrived(fourth)).isFalse();
		assertThat(this.shares.ended("AC1", "UM1")).isSameAs(third);
		assertThat(this.shares.ended("AC1", "UM1")).isSameAs(fourth);
		assertThat(this.shares.ended("AC1", "UM1")).as("nothing waits any more").isNull();
		assertThat(this.shares.ended("AC1", "UM1")).isNull();
		assertThat(this.shares.anyAtShare()).as("one slot left in use").isFalse();
		assertThat(this.shares.ended("AC1", "UM2")).isNull();
		assertThat(this.shares.reserve("AC1", "UM1")).as("forgotten, then fresh").isEqualTo(Slot.SEND);
	}

	@Test
	void anAccountAtItsShareShouldWaitWhatEverItsWebhooksWhileAnotherAccountIsSentAtOnce() {
		assertThat(this.shares.reserve("AC1", "UM1")).isEqualTo(Slot.SEND);
		assertThat(this.shares.reserve("AC1", "UM2")).isEqualTo(Slot.SEND);
		assertThat(this.shares.reserve("AC1", "UM3")).isEqualTo(Slot.SEND);
		assertThat(this.shares.reserve("AC1", "UM4")).as("the account's share is used").isEqualTo(Slot.WAIT);
		assertThat(this.shares.reserve("AC2", "UM9")).as("another account").isEqualTo(Slot.SEND);
		Handout fourth = waiting(4, "AC1", "UM4");
		assertThat(this.shares.arrived(fourth)).isFalse();
		assertThat(this.shares.ended("AC2", "UM9")).as("another account's end frees none of AC1's").isNull();
		assertThat(this.shares.ended("AC1", "UM2")).as("any of the account's webhooks frees it").isSameAs(fourth);
	}

	@Test
	void noMoreThanTheWorkersShouldBeSentAndAFreedWorkerShouldServeAnotherAccountsWaiting() {
		DeliveryShares four = new DeliveryShares(4, 2, 2, 3);
		assertThat(four.reserve("AC1", "UM1")).isEqualTo(Slot.SEND);
		assertThat(four.reserve("AC1", "UM2")).isEqualTo(Slot.SEND);
		assertThat(four.reserve("AC2", "UM3")).isEqualTo(Slot.SEND);
		assertThat(four.reserve("AC2", "UM4")).isEqualTo(Slot.SEND);
		assertThat(four.reserve("AC3", "UM5")).as("every worker is busy: it waits here, lease checked")
			.isEqualTo(Slot.WAIT);
		assertThat(four.claim("AC3", "UM5")).as("nor does a claim take one").isFalse();
		assertThat(four.anyAtShare()).isTrue();
		Handout third = waiting(5, "AC3", "UM5");
		assertThat(four.arrived(third)).isFalse();
		assertThat(four.ended("AC1", "UM1")).as("AC1's freed worker goes to AC3").isSameAs(third);
	}

	@Test
	void anAccountShouldKeepOnlyItsShareWaitingInMemory() {
		for (int i = 0; i < 3; i++) {
			assertThat(this.shares.reserve("AC1", "UM" + i)).isEqualTo(Slot.SEND);
		}
		for (int i = 0; i < 3; i++) {
			assertThat(this.shares.reserve("AC1", "UM1")).isEqualTo(Slot.WAIT);
		}
		assertThat(this.shares.reserve("AC1", "UM1")).as("left to the outbox").isNull();
		assertThat(this.shares.reserve("AC2", "UM1")).as("another account").isEqualTo(Slot.SEND);
	}

	@Test
	void aDeliveryReservedToWaitShouldBeSentAtOnceWhenASlotFreedBeforeItWasRecorded() {
		this.shares.reserve("AC1", "UM1");
		this.shares.reserve("AC1", "UM1");
		assertThat(this.shares.reserve("AC1", "UM1")).isEqualTo(Slot.WAIT);
		assertThat(this.shares.ended("AC1", "UM1")).isNull();
		assertThat(this.shares.arrived(waiting(3, "AC1", "UM1"))).isTrue();
		assertThat(this.shares.anyAtShare()).isTrue();
	}

	@Test
	void aCancelledSendShouldGiveItsSlotToTheNextWaiting() {
		this.shares.reserve("AC1", "UM1");
		this.shares.reserve("AC1", "UM1");
		this.shares.reserve("AC1", "UM1");
		Handout third = waiting(3, "AC1", "UM1");
		this.shares.arrived(third);
		assertThat(this.shares.cancel("AC1", "UM1", Slot.SEND)).isSameAs(third);
		assertThat(this.shares.reserve("AC1", "UM1")).as("both slots in use again").isEqualTo(Slot.WAIT);
		assertThat(this.shares.cancel("AC1", "UM1", Slot.WAIT)).isNull();
	}

	@Test
	void claimsShouldTakeOnlyFreeSlotsAndCountAgainstTheShares() {
		assertThat(this.shares.claim("AC1", "UM1")).isTrue();
		assertThat(this.shares.claim("AC1", "UM1")).isTrue();
		assertThat(this.shares.claim("AC1", "UM1")).as("the webhook's share").isFalse();
		assertThat(this.shares.reserve("AC1", "UM1")).isEqualTo(Slot.WAIT);
		assertThat(this.shares.claim("AC1", "UM2")).isTrue();
		assertThat(this.shares.claim("AC1", "UM3")).as("the account's share").isFalse();
		assertThat(this.shares.reserve("AC1", "UM3")).isEqualTo(Slot.WAIT);
		assertThat(this.shares.claim("AC2", "UM9")).as("another account").isTrue();
	}

	@Test
	void onlyADeliveryThatWaitedPastItsStartByShouldHaveItsLeaseTakenOver() {
		Handout waited = new Handout(waiting(3, "AC1", "UM1").delivery(), "waiting-as", 1_000);
		assertThat(waited.mustTakeOver(999)).isFalse();
		assertThat(waited.mustTakeOver(1_000)).as("its lease still covers it").isFalse();
		assertThat(waited.mustTakeOver(1_001)).isTrue();
		assertThat(Handout.leased(waited.delivery()).mustTakeOver(Long.MAX_VALUE)).as("this instance's lease")
			.isFalse();
	}

	private static Handout waiting(long id, String account, String webhook) {
		return new Handout(new Delivery(id, account, "UA", "UK", webhook, "onDialogueStart", "http://127.0.0.1:9/x",
				"POST", Map.of(), "sig", "token", Delivery.PENDING, Instant.EPOCH, false, List.of()), "waiting-as", 0);
	}

}
