package io.autopilotmock.twilio;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

/**
 * SIDs as a reproducible sequence: the n-th SID of a prefix is the AES encryption, under
 * a key derived from the seed, of the prefix and n. The same seed and the same calls give
 * the same SIDs; AES is a permutation, so they never repeat, and they look as random as
 * Twilio's. Decrypting a stored SID tells whether this seed minted it and as which
 * number, which lets the sequence continue after the SIDs a store already holds.
 */
public final class SeededSidGenerator implements SidGenerator {

	private static final int MARK_BYTES = 8;

	private final SecretKeySpec key;

	private final Map<SidPrefix, AtomicLong> counters = new EnumMap<>(SidPrefix.class);

	private final ThreadLocal<Cipher> encrypt;

	private final ThreadLocal<Cipher> decrypt;

	public SeededSidGenerator(String seed) {
		this.key = new SecretKeySpec(Arrays.copyOf(sha256("autopilot-mock SIDs: " + seed), 16), "AES");
		for (SidPrefix prefix : SidPrefix.values()) {
			this.counters.put(prefix, new AtomicLong());
		}
		this.encrypt = ThreadLocal.withInitial(() -> cipher(Cipher.ENCRYPT_MODE));
		this.decrypt = ThreadLocal.withInitial(() -> cipher(Cipher.DECRYPT_MODE));
	}

	@Override
	public String next(SidPrefix prefix) {
		long number = this.counters.get(prefix).getAndIncrement();
		ByteBuffer block = ByteBuffer.allocate(16).put(mark(prefix)).putLong(number);
		return prefix.letters() + HexFormat.of().formatHex(run(this.encrypt.get(), block.array()));
	}

	/**
	 * Starts every sequence over; call {@link #continueAfter} with what is still stored.
	 */
	public void restart() {
		this.counters.values().forEach((counter) -> counter.set(0));
	}

	/**
	 * Continues the sequence after a stored SID when this seed minted it, so that no SID
	 * is minted twice; any other SID is ignored.
	 */
	public void continueAfter(String sid) {
		for (SidPrefix prefix : SidPrefix.values()) {
			if (prefix.matches(sid)) {
				byte[] block = run(this.decrypt.get(), HexFormat.of().parseHex(sid.substring(2)));
				if (Arrays.equals(Arrays.copyOf(block, MARK_BYTES), mark(prefix))) {
					long number = ByteBuffer.wrap(block, MARK_BYTES, 8).getLong();
					this.counters.get(prefix).accumulateAndGet(number + 1, Math::max);
				}
			}
		}
	}

	private static byte[] mark(SidPrefix prefix) {
		return Arrays.copyOf(prefix.letters().getBytes(StandardCharsets.US_ASCII), MARK_BYTES);
	}

	private Cipher cipher(int mode) {
		try {
			Cipher cipher = Cipher.getInstance("AES/ECB/NoPadding");
			cipher.init(mode, this.key);
			return cipher;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Every Java runtime has AES", ex);
		}
	}

	private static byte[] run(Cipher cipher, byte[] block) {
		try {
			return cipher.doFinal(block);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("One AES block cannot fail", ex);
		}
	}

	private static byte[] sha256(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
