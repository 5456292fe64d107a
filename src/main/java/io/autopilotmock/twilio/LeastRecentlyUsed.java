package io.autopilotmock.twilio;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Strings kept by string key, bounded both by how many and by how many characters keys
 * and values hold together: past either bound the least recently used go first. What
 * requests bring (a password per account) can then neither grow without end nor, past the
 * bound, stop being kept for the newest callers. One lock: kept values are read and
 * written once per request at most, and a {@link LinkedHashMap} in access order is far
 * cheaper than the request around it.
 */
final class LeastRecentlyUsed {

	private final int maxEntries;

	private final long maxChars;

	private final LinkedHashMap<String, String> values = new LinkedHashMap<>(16, 0.75f, true);

	private long chars;

	LeastRecentlyUsed(int maxEntries, long maxChars) {
		this.maxEntries = maxEntries;
		this.maxChars = maxChars;
	}

	synchronized @Nullable String get(String key) {
		return this.values.get(key);
	}

	/**
	 * Keeps the value, unless key and value alone exceed the character bound, then evicts
	 * the least recently used until both bounds hold.
	 */
	synchronized void put(String key, String value) {
		long weight = weight(key, value);
		if (weight > this.maxChars) {
			remove(key);
			return;
		}
		String previous = this.values.put(key, value);
		this.chars += weight - ((previous != null) ? weight(key, previous) : 0);
		Iterator<Map.Entry<String, String>> eldest = this.values.entrySet().iterator();
		while ((this.values.size() > this.maxEntries || this.chars > this.maxChars) && eldest.hasNext()) {
			Map.Entry<String, String> entry = eldest.next();
			this.chars -= weight(entry.getKey(), entry.getValue());
			eldest.remove();
		}
	}

	synchronized void remove(String key) {
		String previous = this.values.remove(key);
		if (previous != null) {
			this.chars -= weight(key, previous);
		}
	}

	synchronized void clear() {
		this.values.clear();
		this.chars = 0;
	}

	synchronized int size() {
		return this.values.size();
	}

	synchronized long chars() {
		return this.chars;
	}

	private static long weight(String key, String value) {
		return (long) key.length() + value.length();
	}

}
