package io.autopilotmock.assistant;

import io.autopilotmock.twilio.FormViolations;
import io.autopilotmock.twilio.NoControlCharacters;
import io.autopilotmock.twilio.NotBlankIfSent;
import io.autopilotmock.twilio.NotSid;
import io.autopilotmock.twilio.SidPrefix;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.BindParam;

/**
 * The form parameters of an assistant's create and update that the emulator keeps;
 * {@code null} means not sent. Autopilot's other parameters are accepted and ignored.
 * Both are optional, on create as on update; the first broken constraint, in the order
 * written, is answered ({@link FormViolations}).
 */
record AssistantForm(
		@BindParam("FriendlyName") @NoControlCharacters @Size(max = AssistantRules.MAX_FRIENDLY_NAME,
				message = FormViolations.TOO_LONG) @Nullable String friendlyName,
		@BindParam("UniqueName") @NoControlCharacters @NotBlankIfSent @Size(max = FormViolations.MAX_UNIQUE_NAME,
				message = FormViolations.TOO_LONG) @NotSid(value = SidPrefix.ASSISTANT,
						resource = "an Assistant") @Nullable String uniqueName) {

}
