package io.autopilotmock.twilio;

import java.security.SecureRandom;
import java.util.HexFormat;

import org.springframework.stereotype.Component;

/**
 * SIDs from a cryptographically strong source, so that they cannot be guessed across
 * tenants. One generator per thread: a shared one serialises every create on its lock.
 */
@Component
class RandomSidGenerator implements SidGenerator {

	private final ThreadLocal<SecureRandom> random = ThreadLocal.withInitial(SecureRandom::new);

	@Override
	public String next(SidPrefix prefix) {
		byte[] bytes = new byte[16];
		this.random.get().nextBytes(bytes);
		return prefix.letters() + HexFormat.of().formatHex(bytes);
	}

}
