package io.autopilotmock.assistant;

import io.autopilotmock.twilio.FormValues;
import io.autopilotmock.twilio.SidPrefix;
import io.autopilotmock.twilio.TwilioErrors;
import org.jspecify.annotations.Nullable;

/**
 * Checks an assistant's parameters. Both are optional, on create as on update.
 */
final class AssistantRules {

	static final int MAX_UNIQUE_NAME = 64;

	static final int MAX_FRIENDLY_NAME = 255;

	private AssistantRules() {
	}

	static AssistantForm check(AssistantForm form) {
		String friendlyName = form.friendlyName();
		if (friendlyName != null) {
			FormValues.checkText("FriendlyName", friendlyName);
			FormValues.checkLength("FriendlyName", friendlyName, MAX_FRIENDLY_NAME);
		}
		return new AssistantForm(friendlyName, uniqueName(form.uniqueName()));
	}

	private static @Nullable String uniqueName(@Nullable String value) {
		if (value == null) {
			return null;
		}
		FormValues.checkText("UniqueName", value);
		FormValues.checkNotBlank("UniqueName", value);
		FormValues.checkLength("UniqueName", value, MAX_UNIQUE_NAME);
		if (SidPrefix.ASSISTANT.matches(value)) {
			throw TwilioErrors.invalidParameter("UniqueName must not look like an Assistant SID: " + value);
		}
		return value;
	}

}
