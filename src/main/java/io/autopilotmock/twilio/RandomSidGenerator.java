package io.autopilotmock.twilio;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * SIDs from a cryptographically strong source, so that they cannot be guessed across
 * tenants. One DRBG per thread: the platform's default, NativePRNG, serialises every
 * instance on one lock around {@code /dev/urandom}, and a shared generator would
 * serialise every create.
 */
class RandomSidGenerator implements SidGenerator {

	private final ThreadLocal<SecureRandom> random = ThreadLocal.withInitial(RandomSidGenerator::drbg);

	@Override
	public String next(SidPrefix prefix) {
		byte[] bytes = new byte[16];
		this.random.get().nextBytes(bytes);
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
