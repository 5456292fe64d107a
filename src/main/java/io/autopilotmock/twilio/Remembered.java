package io.autopilotmock.twilio;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Values worked out once per key, for keys that requests bring (a host, a route). Past
 * its bound it works new keys out every time rather than keeping them, so that strangers
 * cannot make it grow.
 */
public final class Remembered<K, V> {

	private final Map<K, V> values = new ConcurrentHashMap<>();

	private final int bound;

	public Remembered(int bound) {
		this.bound = bound;
	}

	public V get(K key, Function<K, V> workOut) {
		V value = this.values.get(key);
		if (value == null) {
			value = workOut.apply(key);
			if (this.values.size() < this.bound) {
				this.values.put(key, value);
			}
		}
		return value;
	}

}
