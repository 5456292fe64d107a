package io.autopilotmock.floor;

import org.springframework.web.bind.annotation.BindParam;

/**
 * The create form, bound as autopilot-mock binds it: a record with Twilio's field names.
 */
record WebhookForm(@BindParam("UniqueName") String uniqueName, @BindParam("Events") String events,
		@BindParam("WebhookUrl") String webhookUrl, @BindParam("WebhookMethod") String webhookMethod) {

}
