package io.autopilotmock.events;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A delivery in the control surface's JSON; {@code request} only when one delivery is
 * fetched. Dates are ISO 8601 whatever the API's date format.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record DeliveryJson(long id, @JsonProperty("account_sid") String accountSid,
		@JsonProperty("assistant_sid") String assistantSid, @JsonProperty("dialogue_sid") String dialogueSid,
		@JsonProperty("webhook_sid") String webhookSid, String event, String url, String method,
		@JsonProperty("idempotency_token") String idempotencyToken, String state, boolean concurrent,
		@JsonProperty("date_created") String dateCreated, List<AttemptJson> attempts, @Nullable RequestJson request) {

	@JsonInclude(JsonInclude.Include.ALWAYS)
	record AttemptJson(String time, @JsonProperty("duration_ms") long durationMs, String outcome,
			@Nullable Integer status, @Nullable String body) {

	}

	/** What every attempt of the delivery sends. */
	record RequestJson(String url, String method, Map<String, String> headers, Map<String, String> parameters,
			String signature) {

	}

	static DeliveryJson of(Delivery delivery) {
		return of(delivery, null);
	}

	static DeliveryJson withRequest(Delivery delivery) {
		OutboundRequest request = delivery.request();
		return of(delivery, new RequestJson(request.url(), request.method(), request.headers(), delivery.parameters(),
				delivery.signature()));
	}

	private static DeliveryJson of(Delivery delivery, @Nullable RequestJson request) {
		List<AttemptJson> attempts = delivery.attempts()
			.stream()
			.map((attempt) -> new AttemptJson(iso(attempt.time()), attempt.durationMs(), attempt.outcome(),
					attempt.status(), attempt.body()))
			.toList();
		return new DeliveryJson(delivery.id(), delivery.accountSid(), delivery.assistantSid(), delivery.dialogueSid(),
				delivery.webhookSid(), delivery.event(), delivery.webhookUrl(), delivery.method(),
				delivery.idempotencyToken(), delivery.state(), delivery.concurrent(), iso(delivery.dateCreated()),
				attempts, request);
	}

	static String iso(Instant instant) {
		return DateTimeFormatter.ISO_INSTANT.format(instant);
	}

}
