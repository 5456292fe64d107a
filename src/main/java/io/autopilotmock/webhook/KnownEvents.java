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
 * {@code Events} names only Autopilot's events, separated by spaces, in any case. In the
 * {@link WebhookRules.StrictEvents} group, which {@code lenient-events} leaves out.
 */
@Documented
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = KnownEvents.Check.class)
@interface KnownEvents {

	String message() default "contains an unknown event: {event}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Check implements ConstraintValidator<KnownEvents, String> {

		@Override
		public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
			if (value == null) {
				return true;
			}
			for (String event : value.trim().split(" +")) {
				if (!WebhookRules.EVENTS.contains(event.toLowerCase(Locale.ROOT))) {
					FormViolations.parameter(context, "event", event);
					return false;
				}
			}
			return true;
		}

	}

}
