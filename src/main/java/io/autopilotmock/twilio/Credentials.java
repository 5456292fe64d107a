package io.autopilotmock.twilio;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The configured credential pairs: account SIDs with their auth token, and API keys with
 * their secret and the account they act for. Secrets are compared as SHA-256 digests, in
 * constant time. API-key secrets are kept only as digests, from the moment the settings
 * are bound ({@link #digestSecret}); an account's auth token is also kept as given,
 * because its event webhooks are signed with it (HMAC needs the key itself).
 */
final class Credentials {

	private static final byte[] NO_DIGEST = new byte[32];

	private static final HexFormat HEX = HexFormat.of();

	private final Map<String, Entry> byUsername;

	private Credentials(Map<String, Entry> byUsername) {
		this.byUsername = byUsername;
	}

	/**
	 * One configured entry as the settings keep it: an API key's secret replaced by its
	 * hex SHA-256 digest ({@code SKsid:digest:ACsid}); an account's auth token as given
	 * ({@code ACsid:authToken}), since it signs the account's event webhooks. A malformed
	 * entry becomes empty, as any part of it may be a secret, and {@link #parse} names it
	 * by position.
	 */
	static String digestSecret(String entry) {
		String[] parts = entry.trim().split(":", -1);
		if (parts.length == 2 && SidPrefix.ACCOUNT.matches(parts[0]) && !parts[1].isEmpty()) {
			return parts[0] + ":" + parts[1];
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
		if (parts.length == 2 && SidPrefix.ACCOUNT.matches(parts[0]) && !parts[1].isEmpty()) {
			String account = SidPrefix.ACCOUNT.normalize(parts[0]);
			return new Entry(account, digest(parts[1]), account, parts[1]);
		}
		if (parts.length == 3 && SidPrefix.API_KEY.matches(parts[0]) && isDigest(parts[1])
				&& SidPrefix.ACCOUNT.matches(parts[2])) {
			return new Entry(SidPrefix.API_KEY.normalize(parts[0]), HEX.parseHex(parts[1]),
					SidPrefix.ACCOUNT.normalize(parts[2]), null);
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

	private static boolean isDigest(String text) {
		return text.length() == 64 && text.chars().allMatch((c) -> Character.digit(c, 16) >= 0);
	}

	/** The configured auth token of an account, which signs its event webhooks. */
	Optional<String> authToken(String accountSid) {
		Entry entry = this.byUsername.get(accountSid);
		return (entry != null) ? Optional.ofNullable(entry.authToken()) : Optional.empty();
	}

	private static byte[] digest(String secret) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	private record Entry(String username, byte[] secretDigest, String accountSid, @Nullable String authToken) {

		@Override
		public String toString() {
			return "Entry[username=" + this.username + ", accountSid=" + this.accountSid + "]";
		}

	}

}
