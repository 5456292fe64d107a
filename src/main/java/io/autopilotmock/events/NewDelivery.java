package io.autopilotmock.events;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.autopilotmock.events.DeliveryDispatcher.Lease;

/**
 * A delivery about to be recorded: everything needed to send it, signature included.
 *
 * @param totalMs the webhook URL's {@code tt}, which bounds the delivery and its lease
 * @param lease this instance's claim on it when it is handed straight to the workers, or
 * {@code null} when the dispatcher claims it later
 */
record NewDelivery(String accountSid, String assistantSid, String dialogueSid, long webhookId, String webhookSid,
		String event, String webhookUrl, String method, Map<String, String> parameters, String signature,
		String idempotencyToken, int totalMs, @Nullable Lease lease) {

	NewDelivery leased(Lease lease) {
		return new NewDelivery(this.accountSid, this.assistantSid, this.dialogueSid, this.webhookId, this.webhookSid,
				this.event, this.webhookUrl, this.method, this.parameters, this.signature, this.idempotencyToken,
				this.totalMs, lease);
	}

	/**
	 * The delivery as the log shows it once recorded with this id, before any attempt.
	 */
	Delivery recorded(long id, Instant dateCreated) {
		return new Delivery(id, this.accountSid, this.assistantSid, this.dialogueSid, this.webhookSid, this.event,
				this.webhookUrl, this.method, this.parameters, this.signature, this.idempotencyToken, Delivery.PENDING,
				dateCreated, List.of());
	}

}
