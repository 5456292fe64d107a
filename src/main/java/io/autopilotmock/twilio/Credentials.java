package io.autopilotmock.twilio;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The configured credential pairs: account SIDs with their auth token, and API keys with
 * their secret and the account they act for. Secrets are compared as SHA-256 digests, in
 * constant time; an account's auth token is also kept as given, because event webhooks
 * are signed with it (API-key secrets are not).
 */
final class Credentials {

	private static final byte[] NO_DIGEST = new byte[32];

	private final Map<String, Entry> byUsername;

	private Credentials(Map<String, Entry> byUsername) {
		this.byUsername = byUsername;
	}

	/**
	 * Parses {@code ACsid:authToken} and {@code SKsid:secret:ACsid} entries.
	 * @throws IllegalArgumentException naming the malformed entry by position, never by
	 * its text, which holds a secret
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
		if (parts.length == 3 && SidPrefix.API_KEY.matches(parts[0]) && !parts[1].isEmpty()
				&& SidPrefix.ACCOUNT.matches(parts[2])) {
			return new Entry(SidPrefix.API_KEY.normalize(parts[0]), digest(parts[1]),
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
