package io.autopilotmock.events;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A delivery of one event to one webhook, as the log shows it.
 *
 * @param webhookUrl the webhook's URL when the event fired, connection overrides included
 * @param parameters the parameters sent, in order
 * @param signature the {@code X-Twilio-Signature} of every attempt
 * @param state {@code pending}, {@code delivered} (a 2xx), {@code failed} (given up) or
 * {@code refused} (never sent: the destination policy does not allow its address)
 * @param concurrent whether it went without waiting for the earlier deliveries of its
 * dialogue to its webhook
 */
record Delivery(long id, String accountSid, String assistantSid, String dialogueSid, String webhookSid, String event,
		String webhookUrl, String method, Map<String, String> parameters, String signature, String idempotencyToken,
		String state, Instant dateCreated, boolean concurrent, List<Attempt> attempts) {

	static final String PENDING = "pending";

	static final String DELIVERED = "delivered";

	static final String FAILED = "failed";

	static final String REFUSED = "refused";

	OutboundRequest request() {
		return OutboundRequest.of(this.webhookUrl, this.method, this.parameters, this.signature, this.idempotencyToken);
	}

}
