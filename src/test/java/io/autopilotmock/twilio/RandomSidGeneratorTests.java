package io.autopilotmock.twilio;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RandomSidGeneratorTests {

	@Test
	void sidsShouldLeadWithTheMillisecondTheyWereMintedIn() {
		RandomSidGenerator sids = new RandomSidGenerator(() -> 0x0193a1b2c3d4L);
		String sid = sids.next(SidPrefix.DIALOGUE);
		assertThat(sid).matches("UK0193a1b2c3d4[0-9a-f]{20}");
	}

	@Test
	void sidsMintedLaterShouldSortAfterEarlierOnes() {
		AtomicLong now = new AtomicLong(1_733_000_000_000L);
		RandomSidGenerator sids = new RandomSidGenerator(now::get);
		List<String> minted = new ArrayList<>();
		for (int i = 0; i < 1_000; i++) {
			minted.add(sids.next(SidPrefix.WEBHOOK));
			now.incrementAndGet();
		}
		assertThat(minted).isSorted().allMatch((sid) -> sid.matches("UM[0-9a-f]{32}"));
	}

	@Test
	void sidsOfOneMillisecondShouldDifferInTheirRandomPart() {
		RandomSidGenerator sids = new RandomSidGenerator(() -> 42L);
		Set<String> seen = new HashSet<>();
		Set<String> randomParts = new HashSet<>();
		for (int i = 0; i < 10_000; i++) {
			String sid = sids.next(SidPrefix.ASSISTANT);
			assertThat(seen.add(sid)).isTrue();
			randomParts.add(sid.substring(14, 18));
		}
		// 10,000 draws over 65,536 values of the first four random digits: thousands
		// distinct.
		assertThat(randomParts).hasSizeGreaterThan(5_000);
	}

}
