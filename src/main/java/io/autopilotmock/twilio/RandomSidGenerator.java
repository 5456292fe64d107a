package io.autopilotmock.twilio;

import java.security.SecureRandom;
import java.util.HexFormat;

import org.springframework.stereotype.Component;

/**
 * SIDs from a cryptographically strong source, so that they cannot be guessed across
 * tenants.
 */
@Component
class RandomSidGenerator implements SidGenerator {

	private final SecureRandom random = new SecureRandom();

	@Override
	public String next(SidPrefix prefix) {
		byte[] bytes = new byte[16];
		this.random.nextBytes(bytes);
		return prefix.letters() + HexFormat.of().formatHex(bytes);
	}

}
