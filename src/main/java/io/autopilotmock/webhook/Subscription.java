package io.autopilotmock.webhook;

/**
 * A webhook subscribed to an event: where and how that event is delivered to it.
 *
 * @param event the event, lower-cased
 * @param webhookId the webhook's row number
 * @param webhookSid the webhook's SID
 * @param webhookUrl its {@code WebhookUrl}, connection overrides included
 * @param webhookMethod {@code GET} or {@code POST}
 */
public record Subscription(String event, long webhookId, String webhookSid, String webhookUrl, String webhookMethod) {

}
