package io.autopilotmock.twilio;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * A Bean Validation validator for tests without a Spring context, interpolating messages
 * as the application's does: without an expression language.
 */
public final class TestValidator {

	private static final Validator VALIDATOR = Validation.byDefaultProvider()
		.configure()
		.messageInterpolator(new ParameterMessageInterpolator())
		.buildValidatorFactory()
		.getValidator();

	private TestValidator() {
	}

	public static Validator get() {
		return VALIDATOR;
	}

}
