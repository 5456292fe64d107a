package io.autopilotmock.events;

import java.util.Map;

/**
 * A delivery about to be recorded: everything needed to send it, signature included.
 *
 * @param totalMs the webhook URL's {@code tt}, which bounds the delivery and its lease
 */
record NewDelivery(String accountSid, String assistantSid, String dialogueSid, long webhookId, String webhookSid,
		String event, String webhookUrl, String method, Map<String, String> parameters, String signature,
		String idempotencyToken, int totalMs) {

}
