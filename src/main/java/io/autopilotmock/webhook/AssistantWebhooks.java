package io.autopilotmock.webhook;

import io.autopilotmock.assistant.Assistant;
import io.autopilotmock.twilio.Keyset;

/**
 * The webhooks of one assistant, ready to be paged.
 */
record AssistantWebhooks(Assistant assistant, Keyset<Webhook> rows) {

}
