package io.autopilotmock.webhook;

/**
 * A webhook with the SID of the assistant it was addressed through, which its JSON names.
 */
record AssistantWebhook(String assistantSid, WebhookRow webhook) {

}
