package io.autopilotmock.client;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small JSON reader and writer: objects become {@code Map}s, arrays {@code List}s,
 * numbers {@code Long} or {@code BigDecimal}. Its own, so that the client brings no JSON
 * library that could clash with the one of the code under test (twilio-java pins Jackson
 * 2.14, Spring Boot 4 uses Jackson 3).
 */
final class Json {

	private final String text;

	private int at;

	private Json(String text) {
		this.text = text;
	}

	static Object parse(String text) {
		Json json = new Json(text);
		json.space();
		Object value = json.value();
		json.space();
		if (json.at != text.length()) {
			throw json.error("end of input expected");
		}
		return value;
	}

	static String write(Object value) {
		StringBuilder out = new StringBuilder();
		write(value, out);
		return out.toString();
	}

	private Object value() {
		if (this.at >= this.text.length()) {
			throw error("a value expected");
		}
		char c = this.text.charAt(this.at);
		switch (c) {
			case '{':
				return object();
			case '[':
				return array();
			case '"':
				return string();
			case 't':
				return literal("true", Boolean.TRUE);
			case 'f':
				return literal("false", Boolean.FALSE);
			case 'n':
				return literal("null", null);
			default:
				return number();
		}
	}

	private Map<String, Object> object() {
		Map<String, Object> map = new LinkedHashMap<>();
		this.at++;
		space();
		if (peek('}')) {
			this.at++;
			return map;
		}
		while (true) {
			space();
			if (!peek('"')) {
				throw error("a key expected");
			}
			String key = string();
			space();
			expect(':');
			space();
			map.put(key, value());
			space();
			if (peek(',')) {
				this.at++;
				continue;
			}
			expect('}');
			return map;
		}
	}

	private List<Object> array() {
		List<Object> list = new ArrayList<>();
		this.at++;
		space();
		if (peek(']')) {
			this.at++;
			return list;
		}
		while (true) {
			space();
			list.add(value());
			space();
			if (peek(',')) {
				this.at++;
				continue;
			}
			expect(']');
			return list;
		}
	}

	private String string() {
		this.at++;
		StringBuilder out = new StringBuilder();
		while (this.at < this.text.length()) {
			char c = this.text.charAt(this.at++);
			if (c == '"') {
				return out.toString();
			}
			if (c != '\\') {
				out.append(c);
				continue;
			}
			if (this.at >= this.text.length()) {
				break;
			}
			char escaped = this.text.charAt(this.at++);
			switch (escaped) {
				case 'b' -> out.append('\b');
				case 'f' -> out.append('\f');
				case 'n' -> out.append('\n');
				case 'r' -> out.append('\r');
				case 't' -> out.append('\t');
				case 'u' -> {
					if (this.at + 4 > this.text.length()) {
						throw error("a \\u escape cut short");
					}
					out.append((char) Integer.parseInt(this.text.substring(this.at, this.at + 4), 16));
					this.at += 4;
				}
				default -> out.append(escaped);
			}
		}
		throw error("an unterminated string");
	}

	private Object number() {
		int start = this.at;
		while (this.at < this.text.length() && "+-0123456789.eE".indexOf(this.text.charAt(this.at)) >= 0) {
			this.at++;
		}
		String number = this.text.substring(start, this.at);
		if (number.isEmpty()) {
			throw error("a value expected");
		}
		try {
			BigDecimal decimal = new BigDecimal(number);
			return (decimal.scale() <= 0 && number.indexOf('.') < 0 && number.indexOf('e') < 0
					&& number.indexOf('E') < 0) ? (Object) decimal.longValueExact() : decimal;
		}
		catch (ArithmeticException | NumberFormatException ex) {
			throw error("a malformed number " + number);
		}
	}

	private Object literal(String word, Object value) {
		if (!this.text.startsWith(word, this.at)) {
			throw error(word + " expected");
		}
		this.at += word.length();
		return value;
	}

	private boolean peek(char c) {
		return this.at < this.text.length() && this.text.charAt(this.at) == c;
	}

	private void expect(char c) {
		if (!peek(c)) {
			throw error("'" + c + "' expected");
		}
		this.at++;
	}

	private void space() {
		while (this.at < this.text.length() && Character.isWhitespace(this.text.charAt(this.at))) {
			this.at++;
		}
	}

	private IllegalArgumentException error(String what) {
		return new IllegalArgumentException("Not JSON: " + what + " at offset " + this.at);
	}

	private static void write(Object value, StringBuilder out) {
		if (value == null) {
			out.append("null");
		}
		else if (value instanceof String string) {
			quote(string, out);
		}
		else if (value instanceof Number || value instanceof Boolean) {
			out.append(value);
		}
		else if (value instanceof Map<?, ?> map) {
			out.append('{');
			boolean first = true;
			for (Map.Entry<?, ?> entry : map.entrySet()) {
				if (!first) {
					out.append(',');
				}
				first = false;
				quote(String.valueOf(entry.getKey()), out);
				out.append(':');
				write(entry.getValue(), out);
			}
			out.append('}');
		}
		else if (value instanceof Iterable<?> list) {
			out.append('[');
			boolean first = true;
			for (Object item : list) {
				if (!first) {
					out.append(',');
				}
				first = false;
				write(item, out);
			}
			out.append(']');
		}
		else {
			quote(value.toString(), out);
		}
	}

	private static void quote(String text, StringBuilder out) {
		out.append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				default -> {
					if (c < 0x20) {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		out.append('"');
	}

}
