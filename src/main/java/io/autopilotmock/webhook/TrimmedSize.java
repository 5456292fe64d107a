package io.autopilotmock.webhook;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.autopilotmock.twilio.FormViolations;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.jspecify.annotations.Nullable;

/**
 * At most {@link #max()} characters once trimmed, as the value is stored: {@code Events}
 * is kept trimmed, so the spaces around it do not count.
 */
@Documented
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = TrimmedSize.Check.class)
@interface TrimmedSize {

	int max();

	String message() default FormViolations.TOO_LONG;

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Check implements ConstraintValidator<TrimmedSize, String> {

		private int max;

		@Override
		public void initialize(TrimmedSize constraint) {
			this.max = constraint.max();
		}

		@Override
		public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
			return value == null || value.trim().length() <= this.max;
		}

	}

}
