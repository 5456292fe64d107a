package io.autopilotmock.webhook;

import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.BindParam;

/**
 * The form parameters of create and update, as sent; {@code null} means not sent.
 */
record WebhookForm(@BindParam("UniqueName") @Nullable String uniqueName, @BindParam("Events") @Nullable String events,
		@BindParam("WebhookUrl") @Nullable String webhookUrl,
		@BindParam("WebhookMethod") @Nullable String webhookMethod) {

}
