package io.autopilotmock.webhook;

import io.autopilotmock.twilio.Keyset;

/**
 * The webhooks of one assistant, ready to be paged.
 */
record AssistantWebhooks(String assistantSid, Keyset<WebhookRow> rows) {

}
