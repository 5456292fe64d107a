package io.autopilotmock.events;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Twilio's connection overrides, read from a webhook URL's fragment
 * ({@code https://h/x#ct=1000&rc=2&rp=5xx}). A number outside its range is clamped into
 * it; a value that is not a number, an unknown key or an unknown {@code rp} token is
 * ignored, so a typo never stops a delivery. {@code e} and {@code sni} (edge, TLS name)
 * have no meaning locally.
 *
 * @param connectMs {@code ct}: connect timeout of each attempt
 * @param readMs {@code rt}: how long each attempt waits for the whole answer
 * @param totalMs {@code tt}: time for all attempts together
 * @param retries {@code rc}: attempts after the first
 * @param retryOn {@code rp}: which failures are retried
 */
record ConnectionOverrides(int connectMs, int readMs, int totalMs, int retries, Set<Failure> retryOn) {

	static final ConnectionOverrides DEFAULTS = new ConnectionOverrides(5000, 15000, 15000, 1,
			EnumSet.of(Failure.CONNECT));

	/** What went wrong with an attempt, as {@code rp} names it. */
	enum Failure {

		/** {@code 4xx}: the receiver answered 400–499. */
		CLIENT_ERROR,
		/** {@code 5xx}: the receiver answered 500–599. */
		SERVER_ERROR,
		/** {@code ct}: no connection (refused, timed out, TLS failed). */
		CONNECT,
		/** {@code rt}: no complete answer in time. */
		READ,
		/**
		 * Any other failure (a redirect, a reset connection): retried only by
		 * {@code all}.
		 */
		OTHER

	}

	static ConnectionOverrides of(String webhookUrl) {
		String fragment = fragment(webhookUrl);
		if (fragment == null || fragment.isEmpty()) {
			return DEFAULTS;
		}
		int connect = DEFAULTS.connectMs;
		int read = DEFAULTS.readMs;
		int total = DEFAULTS.totalMs;
		int retries = DEFAULTS.retries;
		Set<Failure> retryOn = DEFAULTS.retryOn;
		for (String pair : fragment.split("&")) {
			int equals = pair.indexOf('=');
			if (equals < 0) {
				continue;
			}
			String key = pair.substring(0, equals);
			String value = pair.substring(equals + 1);
			switch (key) {
				case "ct" -> connect = number(value, connect, 100, 10000);
				case "rt" -> read = number(value, read, 100, 15000);
				case "tt" -> total = number(value, total, 100, 15000);
				case "rc" -> retries = number(value, retries, 0, 5);
				case "rp" -> retryOn = retryPolicy(value, retryOn);
				default -> {
					// e, sni and anything else: nothing to do locally
				}
			}
		}
		return new ConnectionOverrides(connect, read, total, retries, retryOn);
	}

	boolean retries(Failure failure) {
		return this.retryOn.contains(failure);
	}

	private static @Nullable String fragment(String webhookUrl) {
		if (webhookUrl.indexOf('#') < 0) {
			// Most URLs: no fragment to parse the URL for.
			return null;
		}
		try {
			return new URI(webhookUrl).getFragment();
		}
		catch (URISyntaxException ex) {
			return null;
		}
	}

	private static int number(String value, int fallback, int min, int max) {
		try {
			return (int) Math.max(min, Math.min(max, Long.parseLong(value.trim())));
		}
		catch (NumberFormatException ex) {
			return fallback;
		}
	}

	private static Set<Failure> retryPolicy(String value, Set<Failure> fallback) {
		Set<Failure> policy = EnumSet.noneOf(Failure.class);
		for (String token : value.split(",")) {
			switch (token.trim().toLowerCase(Locale.ROOT)) {
				case "4xx" -> policy.add(Failure.CLIENT_ERROR);
				case "5xx" -> policy.add(Failure.SERVER_ERROR);
				case "ct" -> policy.add(Failure.CONNECT);
				case "rt" -> policy.add(Failure.READ);
				case "all" -> policy.addAll(EnumSet.allOf(Failure.class));
				default -> {
					// unknown: ignored
				}
			}
		}
		return policy.isEmpty() ? fallback : policy;
	}

}
