package io.autopilotmock.client;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Typed reads of one parsed JSON object, for the records' {@code of} factories.
 */
final class Fields {

	private final Map<?, ?> map;

	private Fields(Map<?, ?> map) {
		this.map = map;
	}

	static Fields of(Object json) {
		if (!(json instanceof Map<?, ?> map)) {
			throw new IllegalArgumentException("A JSON object expected, was " + json);
		}
		return new Fields(map);
	}

	String string(String name) {
		Object value = this.map.get(name);
		return (value != null) ? value.toString() : null;
	}

	Long number(String name) {
		Object value = this.map.get(name);
		return (value instanceof Number number) ? number.longValue() : null;
	}

	Integer integer(String name) {
		Long value = number(name);
		return (value != null) ? value.intValue() : null;
	}

	long count(String name) {
		Long value = number(name);
		return (value != null) ? value : 0;
	}

	boolean flag(String name) {
		return Boolean.TRUE.equals(this.map.get(name));
	}

	Instant instant(String name) {
		String value = string(name);
		return (value != null) ? Instant.parse(value) : null;
	}

	Object raw(String name) {
		return this.map.get(name);
	}

	Map<String, String> strings(String name) {
		Map<String, String> strings = new LinkedHashMap<>();
		if (this.map.get(name) instanceof Map<?, ?> values) {
			values.forEach((key, value) -> {
				if (value != null) {
					strings.put(key.toString(), value.toString());
				}
			});
		}
		return Collections.unmodifiableMap(strings);
	}

	Map<String, Long> counts(String name) {
		Map<String, Long> counts = new LinkedHashMap<>();
		if (this.map.get(name) instanceof Map<?, ?> values) {
			values.forEach((key, value) -> counts.put(key.toString(), ((Number) value).longValue()));
		}
		return counts;
	}

	<T> List<T> list(String name, Function<Object, T> item) {
		if (this.map.get(name) instanceof List<?> values) {
			return values.stream().map(item).toList();
		}
		return List.of();
	}

}
