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
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/**
 * A {@code UniqueName} that is not shaped like a SID of its resource: it would shadow
 * addressing by SID. {@code null}, not sent, is valid.
 */
@Documented
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = NotSid.Check.class)
public @interface NotSid {

	/** The resource's SIDs. */
	SidPrefix value();

	/** The resource in the message, e.g. {@code a Webhook}. */
	String resource();

	String message() default "must not look like {resource} SID: {sent}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Check implements ConstraintValidator<NotSid, String> {

		private SidPrefix sids = SidPrefix.ACCOUNT;

		@Override
		public void initialize(NotSid constraint) {
			this.sids = constraint.value();
		}

		@Override
		public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
			if (value == null || !this.sids.matches(value)) {
				return true;
			}
			FormViolations.parameter(context, "sent", value);
			return false;
		}

	}

}
