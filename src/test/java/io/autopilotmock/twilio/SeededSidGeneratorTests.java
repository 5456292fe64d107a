package io.autopilotmock.twilio;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SeededSidGeneratorTests {

	@Test
	void sameSeedShouldGiveTheSameWellFormedSequence() {
		List<String> first = mint(new SeededSidGenerator("ci-42"), 5);
		List<String> second = mint(new SeededSidGenerator("ci-42"), 5);
		assertThat(first).isEqualTo(second).allMatch((sid) -> sid.matches("(UA|UM)[0-9a-f]{32}"));
		assertThat(mint(new SeededSidGenerator("ci-43"), 5)).doesNotContainAnyElementsOf(first);
	}

	@Test
	void prefixesShouldHaveTheirOwnSequence() {
		SeededSidGenerator mixed = new SeededSidGenerator("seed");
		mixed.next(SidPrefix.ASSISTANT);
		String webhook = mixed.next(SidPrefix.WEBHOOK);
		assertThat(webhook).isEqualTo(new SeededSidGenerator("seed").next(SidPrefix.WEBHOOK));
	}

	@Test
	void sidsShouldNotRepeat() {
		SeededSidGenerator sids = new SeededSidGenerator("unique");
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < 100_000; i++) {
			assertThat(seen.add(sids.next(SidPrefix.WEBHOOK))).isTrue();
		}
	}

	@Test
	void continueAfterShouldSkipPastStoredSidsOfThisSeedOnly() {
		List<String> stored = mint(new SeededSidGenerator("restart"), 3);
		SeededSidGenerator restarted = new SeededSidGenerator("restart");
		restarted.continueAfter(stored.get(5));
		restarted.continueAfter(stored.get(1));
		restarted.continueAfter(stored.get(2));
		restarted.continueAfter("UM" + "0".repeat(32));
		restarted.continueAfter("UM6E3FCBAF4E0FB22A5C9C2F9A4B1C8D3E");
		List<String> fresh = mint(new SeededSidGenerator("restart"), 6);
		assertThat(restarted.next(SidPrefix.WEBHOOK)).isEqualTo(fresh.get(7));
		assertThat(restarted.next(SidPrefix.ASSISTANT)).isEqualTo(fresh.get(4));
	}

	@Test
	void restartShouldBeginTheSequenceAgain() {
		SeededSidGenerator sids = new SeededSidGenerator("again");
		String first = sids.next(SidPrefix.WEBHOOK);
		sids.next(SidPrefix.WEBHOOK);
		sids.restart();
		assertThat(sids.next(SidPrefix.WEBHOOK)).isEqualTo(first);
	}

	/** Alternately an assistant's and a webhook's SID: UA, UM, UA, UM, … */
	private static List<String> mint(SeededSidGenerator sids, int pairs) {
		List<String> minted = new ArrayList<>();
		for (int i = 0; i < pairs; i++) {
			minted.add(sids.next(SidPrefix.ASSISTANT));
			minted.add(sids.next(SidPrefix.WEBHOOK));
		}
		return minted;
	}

}
