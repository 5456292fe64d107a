package io.autopilotmock.twilio;

import jakarta.validation.Validation;
import jakarta.validation.Validator;

/**
 * A Bean Validation validator for tests without a Spring context, interpolating messages
 * as the application's does.
 */
public final class TestValidator {

	private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

	private TestValidator() {
	}

	public static Validator get() {
		return VALIDATOR;
	}

}
