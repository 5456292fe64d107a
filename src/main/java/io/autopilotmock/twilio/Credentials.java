package io.autopilotmock.twilio;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The configured credential pairs: account SIDs with their auth token, and API keys with
 * their secret and the account they act for. Secrets are kept only as SHA-256 digests,
 * from the moment the settings are bound ({@link #digestSecret}), and compared in
 * constant time. Only event webhooks' signing needs an account's auth token itself:
 * {@link #authTokens} reads those from the unbound setting.
 */
final class Credentials {

	private static final byte[] NO_DIGEST = new byte[32];

	private static final HexFormat HEX = HexFormat.of();

	private final Map<String, Entry> byUsername;

	private Credentials(Map<String, Entry> byUsername) {
		this.byUsername = byUsername;
	}

	/**
	 * One configured entry with its secret replaced by the hex SHA-256 digest:
	 * {@code ACsid:digest} or {@code SKsid:digest:ACsid}. A malformed entry becomes
	 * empty, as any part of it may be a secret, and {@link #parse} names it by position.
	 */
	static String digestSecret(String entry) {
		String[] parts = entry.trim().split(":", -1);
		if (parts.length == 2 && SidPrefix.ACCOUNT.matches(parts[0]) && !parts[1].isEmpty()) {
			return parts[0] + ":" + HEX.formatHex(digest(parts[1]));
		}
		if (parts.length == 3 && SidPrefix.API_KEY.matches(parts[0]) && !parts[1].isEmpty()
				&& SidPrefix.ACCOUNT.matches(parts[2])) {
			return parts[0] + ":" + HEX.formatHex(digest(parts[1])) + ":" + parts[2];
		}
		return "";
	}

	/**
	 * Parses entries as {@link #digestSecret} wrote them.
	 * @throws IllegalArgumentException naming the malformed entry by position, never by
	 * its text
	 */
	static Credentials parse(List<String> entries) {
		Map<String, Entry> byUsername = new HashMap<>();
		for (int i = 0; i < entries.size(); i++) {
			String[] parts = entries.get(i).trim().split(":", -1);
			String where = "autopilot-mock.auth.credentials entry " + (i + 1) + " of " + entries.size();
			Entry entry = entry(parts, where);
			if (byUsername.put(entry.username(), entry) != null) {
				throw new IllegalArgumentException(where + " repeats the username " + entry.username());
			}
		}
		return new Credentials(Map.copyOf(byUsername));
	}

	private static Entry entry(String[] parts, String where) {
		if (parts.length == 2 && SidPrefix.ACCOUNT.matches(parts[0]) && isDigest(parts[1])) {
			String account = SidPrefix.ACCOUNT.normalize(parts[0]);
			return new Entry(account, HEX.parseHex(parts[1]), account);
		}
		if (parts.length == 3 && SidPrefix.API_KEY.matches(parts[0]) && isDigest(parts[1])
				&& SidPrefix.ACCOUNT.matches(parts[2])) {
			return new Entry(SidPrefix.API_KEY.normalize(parts[0]), HEX.parseHex(parts[1]),
					SidPrefix.ACCOUNT.normalize(parts[2]));
		}
		throw new IllegalArgumentException(
				where + " is malformed: expected ACsid:authToken or SKsid:secret:ACsid with 32-hex-digit SIDs");
	}

	/** The account these credentials act for, when they are configured and match. */
	Optional<Account> authenticate(String username, String secret) {
		String key = SidPrefix.ACCOUNT.matches(username) ? SidPrefix.ACCOUNT.normalize(username)
				: SidPrefix.API_KEY.matches(username) ? SidPrefix.API_KEY.normalize(username) : username;
		Entry entry = this.byUsername.get(key);
		// Compare even when the username is unknown, so that timing does not tell which
		// are.
		boolean matches = MessageDigest.isEqual(digest(secret), (entry != null) ? entry.secretDigest() : NO_DIGEST);
		return (entry != null && matches) ? Optional.of(new Account(entry.accountSid())) : Optional.empty();
	}

	/**
	 * The auth token of each account of the raw (not digested) entries, which signs its
	 * event webhooks; API-key secrets are left out. Malformed entries are skipped:
	 * {@link #parse} reports them.
	 */
	static Map<String, String> authTokens(List<String> rawEntries) {
		Map<String, String> tokens = new HashMap<>();
		for (String entry : rawEntries) {
			String[] parts = entry.trim().split(":", -1);
			if (parts.length == 2 && SidPrefix.ACCOUNT.matches(parts[0]) && !parts[1].isEmpty()) {
				tokens.put(SidPrefix.ACCOUNT.normalize(parts[0]), parts[1]);
			}
		}
		return Map.copyOf(tokens);
	}

	private static boolean isDigest(String text) {
		return text.length() == 64 && text.chars().allMatch((c) -> Character.digit(c, 16) >= 0);
	}

	private static byte[] digest(String secret) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	private record Entry(String username, byte[] secretDigest, String accountSid) {

	}

}
