package io.autopilotmock.twilio;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.function.LongSupplier;

/**
 * SIDs that lead with the millisecond they were minted in (12 hex digits, as a UUIDv7
 * does) followed by 80 bits from a cryptographically strong source, so that they cannot
 * be guessed across tenants. The time comes first for the database: a unique index on
 * SIDs minted at random takes every insert to a random leaf, which on a store of millions
 * is a cache miss at every level (a third of a dialogue's insert went on that index's
 * checks); SIDs minted in order are added where the last one was. Lists are ordered by
 * row, never by SID, so no answer changes. One DRBG per thread: the platform's default,
 * NativePRNG, serialises every instance on one lock around {@code /dev/urandom}, and a
 * shared generator would serialise every create.
 */
class RandomSidGenerator implements SidGenerator {

	private static final int TIME_BYTES = 6;

	private final ThreadLocal<SecureRandom> random = ThreadLocal.withInitial(RandomSidGenerator::drbg);

	private final LongSupplier millis;

	RandomSidGenerator() {
		this(System::currentTimeMillis);
	}

	RandomSidGenerator(LongSupplier millis) {
		this.millis = millis;
	}

	@Override
	public String next(SidPrefix prefix) {
		byte[] bytes = new byte[16];
		this.random.get().nextBytes(bytes);
		long now = this.millis.getAsLong();
		for (int i = 0; i < TIME_BYTES; i++) {
			bytes[i] = (byte) (now >>> (8 * (TIME_BYTES - 1 - i)));
		}
		return prefix.letters() + HexFormat.of().formatHex(bytes);
	}

	private static SecureRandom drbg() {
		try {
			return SecureRandom.getInstance("DRBG");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java 9+ runtime provides DRBG", ex);
		}
	}

}
