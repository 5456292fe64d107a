package io.autopilotmock.twilio;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * Reads one page of a list and wraps it in Twilio's envelope. Pages are keyset-based
 * through {@code PageToken}; {@code Page} alone falls back to an offset.
 */
public final class Pager {

	private static final int DEFAULT_PAGE_SIZE = 50;

	private static final int MAX_PAGE_SIZE = 1000;

	private Pager() {
	}

	/**
	 * One page as Twilio's envelope.
	 * @param form the paging parameters as sent
	 * @param listUrl the absolute URL of the list, without query
	 * @param key the envelope's key for the items, e.g. {@code webhooks}
	 * @param rows the list's rows
	 * @param toJson how a row is written
	 */
	public static <T> Map<String, Object> page(PageForm form, String listUrl, String key, Keyset<T> rows,
			Function<T, ?> toJson) {
		int size = pageSize(form.pageSize());
		int page = pageNumber(form.page());
		PageToken token = PageToken.parse(form.pageToken(), rows.prefix());
		Slice<T> slice = read(rows, size, page, token);
		String base = listUrl + "?PageSize=" + size + "&Page=";
		List<T> items = slice.items();
		String next = null;
		if (slice.hasNext()) {
			next = base + (page + 1) + "&PageToken=" + PageToken.after(rows.sidOf(items.get(items.size() - 1)));
		}
		String previous = null;
		if (slice.hasPrevious()) {
			// A page that came out empty (rows deleted meanwhile) has no row to step back
			// from.
			previous = base + Math.max(page - 1, 0)
					+ (items.isEmpty() ? "" : "&PageToken=" + PageToken.before(rows.sidOf(items.get(0))));
		}
		String url = base + page + ((token != null) ? "&PageToken=" + token : "");
		PageMeta meta = new PageMeta(base + 0, key, next, page, size, previous, url);
		Map<String, Object> envelope = new LinkedHashMap<>();
		envelope.put("meta", meta);
		envelope.put(key, items.stream().map(toJson).toList());
		return envelope;
	}

	private static <T> Slice<T> read(Keyset<T> rows, int size, int page, @Nullable PageToken token) {
		if (token == null) {
			List<T> window = rows.fromOffset((long) page * size, size + 1);
			return new Slice<>(head(window, size), window.size() > size, page > 0);
		}
		Optional<T> boundary = rows.find(token.sid());
		if (boundary.isEmpty()) {
			// The token's row is gone (deleted, reset) or was never in this list, and its
			// place with it: reading from the start of the list as it now is may repeat
			// rows but never skips one, and a client deleting each row as it pages
			// through reads every row exactly once.
			List<T> window = rows.fromOffset(0, size + 1);
			return new Slice<>(head(window, size), window.size() > size, false);
		}
		long id = rows.idOf(boundary.get());
		if (token.forward()) {
			List<T> window = rows.after(id, size + 1);
			List<T> items = head(window, size);
			boolean hasPrevious = !items.isEmpty() && !rows.before(rows.idOf(items.get(0)), 1).isEmpty();
			return new Slice<>(items, window.size() > size, hasPrevious);
		}
		List<T> window = rows.before(id, size + 1);
		List<T> items = new ArrayList<>(head(window, size));
		Collections.reverse(items);
		boolean hasNext = !items.isEmpty() && !rows.after(rows.idOf(items.get(items.size() - 1)), 1).isEmpty();
		return new Slice<>(items, hasNext, window.size() > size);
	}

	private static <T> List<T> head(List<T> rows, int size) {
		return rows.subList(0, Math.min(size, rows.size()));
	}

	private static int pageSize(@Nullable String value) {
		if (value == null || value.isEmpty()) {
			return DEFAULT_PAGE_SIZE;
		}
		int size = parse("PageSize", value);
		if (size < 1 || size > MAX_PAGE_SIZE) {
			throw TwilioErrors.invalidParameter("PageSize must be between 1 and " + MAX_PAGE_SIZE + ", was " + value);
		}
		return size;
	}

	private static int pageNumber(@Nullable String value) {
		if (value == null || value.isEmpty()) {
			return 0;
		}
		int page = parse("Page", value);
		if (page < 0) {
			throw TwilioErrors.invalidParameter("Page must not be negative, was " + value);
		}
		return page;
	}

	private static int parse(String name, String value) {
		try {
			return Integer.parseInt(value);
		}
		catch (NumberFormatException ex) {
			throw TwilioErrors.invalidParameter(name + " must be a whole number, was " + value);
		}
	}

	private record Slice<T>(List<T> items, boolean hasNext, boolean hasPrevious) {

	}

}
