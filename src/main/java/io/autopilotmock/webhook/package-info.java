/**
 * The emulated Webhook resource: {@code /v1/Assistants/{AssistantSid}/Webhooks}.
 */
@NullMarked
package io.autopilotmock.webhook;

import org.jspecify.annotations.NullMarked;
