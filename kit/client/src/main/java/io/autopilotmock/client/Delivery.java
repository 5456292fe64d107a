package io.autopilotmock.client;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One signed call of an event webhook, as {@code /__admin/deliveries} records it.
 *
 * @param id its number
 * @param accountSid its account
 * @param assistantSid its assistant
 * @param dialogueSid the dialogue it belongs to
 * @param webhookSid the webhook it goes to
 * @param event the event, e.g. {@code onDialogueEnd}
 * @param url the webhook's URL
 * @param method {@code POST} or {@code GET}
 * @param idempotencyToken the {@code I-Twilio-Idempotency-Token} header
 * @param state {@code pending}, {@code delivered} (a 2xx), {@code failed} or
 * {@code refused} (the destination is not allowed)
 * @param dateCreated when it was recorded
 * @param attempts each attempt, oldest first
 * @param request what each attempt sends; only from
 * {@link AutopilotMockAdmin#delivery(long)}
 */
public record Delivery(long id, String accountSid, String assistantSid, String dialogueSid, String webhookSid,
		String event, String url, String method, String idempotencyToken, String state, Instant dateCreated,
		List<Attempt> attempts, Request request) {

	/** Whether it has finished, delivered or not. */
	public boolean isSettled() {
		return !"pending".equals(this.state);
	}

	public boolean isDelivered() {
		return "delivered".equals(this.state);
	}

	/**
	 * One attempt.
	 *
	 * @param time when it started
	 * @param durationMs how long it took
	 * @param outcome the status code, or {@code connect_failed}, {@code read_timeout},
	 * {@code total_timeout}, {@code io_error}, {@code refused}
	 * @param status the HTTP status, if any came
	 * @param body the first KB of the answer, or why it was refused
	 */
	public record Attempt(Instant time, long durationMs, String outcome, Integer status, String body) {

		static Attempt of(Object json) {
			Fields fields = Fields.of(json);
			return new Attempt(fields.instant("time"), fields.count("duration_ms"), fields.string("outcome"),
					fields.integer("status"), fields.string("body"));
		}

	}

	/**
	 * What each attempt sends.
	 *
	 * @param url the URL requested, query included
	 * @param method the HTTP method
	 * @param headers the headers, {@code X-Twilio-Signature} included
	 * @param parameters the signed parameters
	 * @param signature the {@code X-Twilio-Signature}
	 */
	public record Request(String url, String method, Map<String, String> headers, Map<String, String> parameters,
			String signature) {

		static Request of(Object json) {
			Fields fields = Fields.of(json);
			return new Request(fields.string("url"), fields.string("method"), fields.strings("headers"),
					fields.strings("parameters"), fields.string("signature"));
		}

	}

	static Delivery of(Object json) {
		Fields fields = Fields.of(json);
		Object request = fields.raw("request");
		return new Delivery(fields.count("id"), fields.string("account_sid"), fields.string("assistant_sid"),
				fields.string("dialogue_sid"), fields.string("webhook_sid"), fields.string("event"),
				fields.string("url"), fields.string("method"), fields.string("idempotency_token"),
				fields.string("state"), fields.instant("date_created"), fields.list("attempts", Attempt::of),
				(request != null) ? Request.of(request) : null);
	}

}
