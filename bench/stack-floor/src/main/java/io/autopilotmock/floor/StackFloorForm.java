package io.autopilotmock.floor;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.web.bind.annotation.BindParam;

/**
 * The floor's create form with the plain constraints a Spring app on this stack would put
 * on it, checked by {@code @Valid}: autopilot-mock checks the same parameters with
 * constraints of its own and answers the first violation in Twilio's words.
 */
record StackFloorForm(@BindParam("UniqueName") @NotBlank @Size(max = 64) String uniqueName,
		@BindParam("Events") @NotBlank @Size(max = 1024) String events,
		@BindParam("WebhookUrl") @NotBlank @Size(max = 2048) @Pattern(regexp = "(?i)https?://.+") String webhookUrl,
		@BindParam("WebhookMethod") @Pattern(regexp = "(?i)GET|POST") String webhookMethod) {

}
