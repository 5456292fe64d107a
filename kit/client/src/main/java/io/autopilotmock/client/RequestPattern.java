package io.autopilotmock.client;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Which journalled API requests to find or count: a method, a path ({@code *} for one
 * segment, see {@link Paths}), a status or status class, a start time. Immutable.
 *
 * <pre>
 * import static io.autopilotmock.client.Paths.webhooks;
 * import static io.autopilotmock.client.RequestPattern.post;
 *
 * admin.verify(1, post(webhooks(assistant)).withStatus(201));
 * </pre>
 */
public final class RequestPattern {

	private final Map<String, String> query;

	private RequestPattern(Map<String, String> query) {
		this.query = query;
	}

	/** Every journalled request. */
	public static RequestPattern anyRequest() {
		return new RequestPattern(Map.of());
	}

	/** Requests of any method to this path. */
	public static RequestPattern to(String path) {
		return anyRequest().with("path", path);
	}

	public static RequestPattern post(String path) {
		return to(path).with("method", "POST");
	}

	public static RequestPattern get(String path) {
		return to(path).with("method", "GET");
	}

	public static RequestPattern delete(String path) {
		return to(path).with("method", "DELETE");
	}

	/** Only requests answered with this status. */
	public RequestPattern withStatus(int status) {
		return with("status", Integer.toString(status));
	}

	/**
	 * Only requests answered with a status of this class: {@code "2xx"}, {@code "4xx"}.
	 */
	public RequestPattern withStatus(String statusClass) {
		return with("status", statusClass);
	}

	/** Only requests answered at or after this instant. */
	public RequestPattern since(Instant since) {
		return with("since", since.toString());
	}

	String query(Integer limit) {
		Map<String, String> query = new LinkedHashMap<>(this.query);
		if (limit != null) {
			query.put("limit", limit.toString());
		}
		return query.entrySet()
			.stream()
			.map((entry) -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	@Override
	public String toString() {
		String method = this.query.getOrDefault("method", "any method");
		String path = this.query.getOrDefault("path", "any path");
		String status = this.query.containsKey("status") ? " answered " + this.query.get("status") : "";
		String since = this.query.containsKey("since") ? " since " + this.query.get("since") : "";
		return method + " " + path + status + since;
	}

	private RequestPattern with(String name, String value) {
		Map<String, String> query = new LinkedHashMap<>(this.query);
		query.put(name, value);
		return new RequestPattern(query);
	}

}
