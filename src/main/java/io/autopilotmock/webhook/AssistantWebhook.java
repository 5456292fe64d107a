package io.autopilotmock.webhook;

import io.autopilotmock.assistant.Assistant;

/**
 * A webhook with the assistant it was addressed through, which its JSON names.
 */
record AssistantWebhook(Assistant assistant, Webhook webhook) {

}
