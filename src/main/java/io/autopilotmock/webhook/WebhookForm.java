package io.autopilotmock.webhook;

import io.autopilotmock.twilio.FormViolations;
import io.autopilotmock.twilio.NoControlCharacters;
import io.autopilotmock.twilio.NotBlankIfSent;
import io.autopilotmock.twilio.NotSid;
import io.autopilotmock.twilio.OnCreate;
import io.autopilotmock.twilio.Required;
import io.autopilotmock.twilio.SidPrefix;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.BindParam;

/**
 * The form parameters of create and update, as sent; {@code null} means not sent. The
 * constraints are checked in the order they are written ({@link FormViolations}), and
 * only the first broken one is answered, as Twilio did.
 */
record WebhookForm(
		@BindParam("UniqueName") @Required(groups = OnCreate.class) @NoControlCharacters @NotBlankIfSent @Size(
				max = FormViolations.MAX_UNIQUE_NAME, message = FormViolations.TOO_LONG) @NotSid(
						value = SidPrefix.WEBHOOK, resource = "a Webhook") @Nullable String uniqueName,
		@BindParam("Events") @Required(groups = OnCreate.class) @NoControlCharacters @NotBlankIfSent @TrimmedSize(
				max = WebhookRules.MAX_EVENTS) @KnownEvents(
						groups = WebhookRules.StrictEvents.class) @Nullable String events,
		@BindParam("WebhookUrl") @Required(groups = OnCreate.class) @NoControlCharacters @NotBlankIfSent @Size(
				max = WebhookRules.MAX_WEBHOOK_URL,
				message = FormViolations.TOO_LONG) @HttpUrl @Nullable String webhookUrl,
		@BindParam("WebhookMethod") @NoControlCharacters @GetOrPost @Nullable String webhookMethod) {

}
