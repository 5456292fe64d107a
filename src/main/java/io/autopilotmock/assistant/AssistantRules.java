package io.autopilotmock.assistant;

import io.autopilotmock.twilio.FormViolations;
import jakarta.validation.Validator;

import org.springframework.stereotype.Component;

/**
 * Checks an assistant's parameters with the constraints of {@link AssistantForm}, for the
 * API and for a restored state alike.
 */
@Component
class AssistantRules {

	static final int MAX_FRIENDLY_NAME = 255;

	private final Validator validator;

	AssistantRules(Validator validator) {
		this.validator = validator;
	}

	AssistantForm check(AssistantForm form) {
		FormViolations.check(this.validator, form);
		return form;
	}

}
