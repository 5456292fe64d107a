package io.autopilotmock.client;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A filter of the delivery log ({@code GET /__admin/deliveries}). Immutable.
 */
public final class DeliveryQuery {

	private final Map<String, String> query;

	private DeliveryQuery(Map<String, String> query) {
		this.query = query;
	}

	/** Every delivery in the admin's scope, newest first, at most 100. */
	public static DeliveryQuery all() {
		return new DeliveryQuery(Map.of());
	}

	public static DeliveryQuery ofDialogue(String dialogueSid) {
		return all().with("dialogue_sid", dialogueSid);
	}

	public static DeliveryQuery ofWebhook(String webhookSid) {
		return all().with("webhook_sid", webhookSid);
	}

	public DeliveryQuery event(String event) {
		return with("event", event);
	}

	/** {@code pending}, {@code delivered}, {@code failed} or {@code refused}. */
	public DeliveryQuery status(String status) {
		return with("status", status);
	}

	/** At most this many (1–1000). */
	public DeliveryQuery limit(int limit) {
		return with("limit", Integer.toString(limit));
	}

	String query() {
		return this.query.entrySet()
			.stream()
			.map((entry) -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	private DeliveryQuery with(String name, String value) {
		Map<String, String> query = new LinkedHashMap<>(this.query);
		query.put(name, value);
		return new DeliveryQuery(query);
	}

}
