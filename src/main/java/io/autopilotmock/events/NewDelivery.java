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
 * @param concurrent whether it may go before the earlier deliveries of its dialogue to
 * its webhook have ended
 * @param refusal why the destination policy refuses it, or {@code null}: a refused
 * delivery is recorded ended, and never sent
 * @param lease this instance's claim on it when it is handed straight to the workers, or
 * {@code null} when the dispatcher claims it later
 */
record NewDelivery(String accountSid, String assistantSid, String dialogueSid, long webhookId, String webhookSid,
		String event, String webhookUrl, String method, Map<String, String> parameters, String signature,
		String idempotencyToken, int totalMs, boolean concurrent, @Nullable String refusal, @Nullable Lease lease) {

	NewDelivery leased(Lease lease) {
		return new NewDelivery(this.accountSid, this.assistantSid, this.dialogueSid, this.webhookId, this.webhookSid,
				this.event, this.webhookUrl, this.method, this.parameters, this.signature, this.idempotencyToken,
				this.totalMs, this.concurrent, this.refusal, lease);
	}

	String state() {
		return (this.refusal != null) ? Delivery.REFUSED : Delivery.PENDING;
	}

	/** A refused delivery's one attempt, which says why and sent nothing. */
	List<Attempt> attempts(Instant time) {
		return (this.refusal != null) ? List.of(Attempt.refused(time, this.refusal)) : List.of();
	}

	/**
	 * The delivery as the log shows it once recorded with this id, before any attempt.
	 */
	Delivery recorded(long id, Instant dateCreated) {
		return new Delivery(id, this.accountSid, this.assistantSid, this.dialogueSid, this.webhookSid, this.event,
				this.webhookUrl, this.method, this.parameters, this.signature, this.idempotencyToken, state(),
				dateCreated, this.concurrent, attempts(dateCreated));
	}

}
