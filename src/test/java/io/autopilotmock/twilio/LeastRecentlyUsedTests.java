package io.autopilotmock.twilio;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LeastRecentlyUsedTests {

	@Test
	void pastTheCountTheLeastRecentlyUsedShouldGo() {
		LeastRecentlyUsed kept = new LeastRecentlyUsed(2, 1000);
		kept.put("a", "1");
		kept.put("b", "2");
		assertThat(kept.get("a")).isEqualTo("1");
		kept.put("c", "3");
		assertThat(kept.get("b")).isNull();
		assertThat(kept.get("a")).isEqualTo("1");
		assertThat(kept.get("c")).isEqualTo("3");
		assertThat(kept.size()).isEqualTo(2);
	}

	@Test
	void pastTheCharactersTheLeastRecentlyUsedShouldGoAndTheCountShouldFollow() {
		LeastRecentlyUsed kept = new LeastRecentlyUsed(100, 10);
		kept.put("a", "1234");
		kept.put("b", "1234");
		assertThat(kept.chars()).isEqualTo(10);
		kept.put("a", "12");
		assertThat(kept.chars()).isEqualTo(8);
		kept.put("c", "123");
		assertThat(kept.get("b")).isNull();
		assertThat(kept.chars()).isEqualTo(7);
	}

	@Test
	void aValueLargerThanTheWholeBoundShouldNotBeKeptNorLeaveAnOldOne() {
		LeastRecentlyUsed kept = new LeastRecentlyUsed(100, 10);
		kept.put("a", "1");
		kept.put("a", "x".repeat(20));
		assertThat(kept.get("a")).isNull();
		assertThat(kept.chars()).isZero();
	}

	@Test
	void clearShouldEmptyIt() {
		LeastRecentlyUsed kept = new LeastRecentlyUsed(100, 10);
		kept.put("a", "1");
		kept.clear();
		assertThat(kept.size()).isZero();
		assertThat(kept.chars()).isZero();
	}

}
