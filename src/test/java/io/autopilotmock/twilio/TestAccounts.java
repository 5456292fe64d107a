package io.autopilotmock.twilio;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Account SIDs no other test class, and no earlier run on a reused database, has used: in
 * open mode a Basic username selects the account, so a class that sends its own sees only
 * its own rows.
 */
public final class TestAccounts {

	private TestAccounts() {
	}

	/** A random, well-formed {@code AC…} SID. */
	public static String fresh() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return "AC%016x%016x".formatted(random.nextLong(), random.nextLong());
	}

	/** A random, well-formed {@code UA…} SID. */
	public static String freshAssistant() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return "UA%016x%016x".formatted(random.nextLong(), random.nextLong());
	}

}
