package io.autopilotmock.twilio;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.jspecify.annotations.Nullable;

/**
 * A form parameter that must be sent, and not blank. Used in the {@link OnCreate} group:
 * an update sends only what changes. {@link FormViolations} answers it with Twilio's
 * "Missing required parameter" message.
 */
@Documented
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = Required.Check.class)
public @interface Required {

	String message() default "is required";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Blank as {@link String#isBlank()} has it, as Twilio's parameters were read. */
	class Check implements ConstraintValidator<Required, String> {

		@Override
		public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
			return value != null && !value.isBlank();
		}

	}

}
