package io.autopilotmock.assistant;

import io.autopilotmock.twilio.FormValues;
import io.autopilotmock.twilio.SidPrefix;

/**
 * Checks an assistant's parameters. Both are optional, on create as on update.
 */
final class AssistantRules {

	static final int MAX_FRIENDLY_NAME = 255;

	private AssistantRules() {
	}

	static AssistantForm check(AssistantForm form) {
		String friendlyName = form.friendlyName();
		if (friendlyName != null) {
			FormValues.checkText("FriendlyName", friendlyName);
			FormValues.checkLength("FriendlyName", friendlyName, MAX_FRIENDLY_NAME);
		}
		return new AssistantForm(friendlyName,
				FormValues.uniqueName(form.uniqueName(), SidPrefix.ASSISTANT, "an Assistant"));
	}

}
