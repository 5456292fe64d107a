package io.autopilotmock.twilio;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Values worked out once per key up to the bound, and every time past it.
 */
class RememberedTests {

	@Test
	void aKeySeenBeforeShouldNotBeWorkedOutAgain() {
		Remembered<String, String> remembered = new Remembered<>(2);
		AtomicInteger workedOut = new AtomicInteger();
		assertThat(remembered.get("a", (key) -> key + workedOut.incrementAndGet())).isEqualTo("a1");
		assertThat(remembered.get("a", (key) -> key + workedOut.incrementAndGet())).isEqualTo("a1");
		assertThat(workedOut).hasValue(1);
	}

	@Test
	void pastItsBoundNewKeysShouldBeWorkedOutEveryTime() {
		Remembered<String, String> remembered = new Remembered<>(2);
		AtomicInteger workedOut = new AtomicInteger();
		remembered.get("a", (key) -> key + workedOut.incrementAndGet());
		remembered.get("b", (key) -> key + workedOut.incrementAndGet());
		assertThat(remembered.get("c", (key) -> key + workedOut.incrementAndGet())).isEqualTo("c3");
		assertThat(remembered.get("c", (key) -> key + workedOut.incrementAndGet())).isEqualTo("c4");
		assertThat(remembered.get("a", (key) -> key + workedOut.incrementAndGet())).isEqualTo("a1");
	}

}
