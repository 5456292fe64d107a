package io.autopilotmock.webhook;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Locale;

import io.autopilotmock.twilio.FormViolations;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.jspecify.annotations.Nullable;

/**
 * {@code WebhookMethod} is {@code GET} or {@code POST}, in any case: it is stored
 * upper-case, as Twilio did.
 */
@Documented
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = GetOrPost.Check.class)
@interface GetOrPost {

	String message() default "must be GET or POST, was {sent}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Check implements ConstraintValidator<GetOrPost, String> {

		@Override
		public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
			if (value == null) {
				return true;
			}
			String method = value.toUpperCase(Locale.ROOT);
			if (method.equals("GET") || method.equals("POST")) {
				return true;
			}
			FormViolations.parameter(context, "sent", value);
			return false;
		}

	}

}
