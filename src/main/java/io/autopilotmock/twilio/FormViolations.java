package io.autopilotmock.twilio;

import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

import org.springframework.web.bind.annotation.BindParam;

/**
 * Bean Validation of a form record, answered as Twilio answers a bad form: one
 * {@code 400 / 20001} for the first problem, named by the parameter as sent
 * ({@link BindParam @BindParam}). The first is a missing {@link Required} parameter, in
 * the order of the record's components; otherwise the first component's first broken
 * constraint, in the order the constraints are written on it: the form record reads as
 * the order of its checks.
 */
public final class FormViolations {

	/**
	 * The message for a parameter that is too long, for {@code @Size(max = …)}: Twilio's
	 * words, not Bean Validation's.
	 */
	public static final String TOO_LONG = "must be at most {max} characters long";

	/** Twilio's limit for unique names, of every resource. */
	public static final int MAX_UNIQUE_NAME = 64;

	private static final ClassValue<Shape> SHAPES = new ClassValue<>() {

		@Override
		protected Shape computeValue(Class<?> type) {
			return Shape.of(type);
		}

	};

	private FormViolations() {
	}

	/**
	 * Validates the form in the given groups.
	 * @throws TwilioException 400 for its first violation
	 */
	public static void check(Validator validator, Record form, Class<?>... groups) {
		Set<ConstraintViolation<Record>> violations = validator.validate(form, groups);
		if (!violations.isEmpty()) {
			throw first(form.getClass(), violations);
		}
	}

	/**
	 * Adds a message parameter holding a value as sent, for a constraint's message such
	 * as {@code "…, was {sent}"}. The interpolator reads {@code \}, <code>{</code>,
	 * <code>}</code> and {@code $} in it as escapes: they are escaped, so that the
	 * message echoes the value exactly.
	 */
	public static void parameter(ConstraintValidatorContext context, String name, String value) {
		StringBuilder escaped = new StringBuilder(value.length() + 8);
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == '\\' || c == '{' || c == '}' || c == '$') {
				escaped.append('\\');
			}
			escaped.append(c);
		}
		context.unwrap(HibernateConstraintValidatorContext.class).addMessageParameter(name, escaped.toString());
	}

	static TwilioException first(Class<?> type, Set<? extends ConstraintViolation<?>> violations) {
		Shape shape = SHAPES.get(type);
		ConstraintViolation<?> first = violations.stream().min(Comparator.comparingInt(shape::rank)).orElseThrow();
		String name = shape.parameter(first);
		return (first.getConstraintDescriptor().getAnnotation() instanceof Required)
				? TwilioErrors.missingParameter(name) : TwilioErrors.invalidParameter(name + " " + first.getMessage());
	}

	/** A form record's components: their fields, parameter names and constraints. */
	private record Shape(List<String> fields, List<String> parameters, List<List<Class<?>>> constraints) {

		static Shape of(Class<?> type) {
			RecordComponent[] components = type.getRecordComponents();
			if (components == null) {
				throw new IllegalArgumentException("Not a form record: " + type);
			}
			Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
			try {
				Constructor<?> constructor = type.getDeclaredConstructor(types);
				List<String> parameters = Arrays.stream(constructor.getParameters())
					.map((parameter) -> parameter.getAnnotation(BindParam.class))
					.map((name) -> (name != null) ? name.value() : "")
					.toList();
				List<List<Class<?>>> constraints = Arrays.stream(components)
					.map((component) -> declared(type, component.getName()))
					.toList();
				return new Shape(Arrays.stream(components).map(RecordComponent::getName).toList(), parameters,
						constraints);
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException("A form record without its canonical constructor: " + type, ex);
			}
		}

		/**
		 * The annotations of the component's field, in the order they are written: the
		 * class file keeps them so, and the JVM reads them in that order.
		 */
		private static List<Class<?>> declared(Class<?> type, String field) {
			try {
				Field declared = type.getDeclaredField(field);
				return Arrays.stream(declared.getDeclaredAnnotations())
					.<Class<?>>map(Annotation::annotationType)
					.toList();
			}
			catch (NoSuchFieldException ex) {
				throw new IllegalStateException(ex);
			}
		}

		int rank(ConstraintViolation<?> violation) {
			int component = this.fields.indexOf(field(violation));
			Class<?> constraint = violation.getConstraintDescriptor().getAnnotation().annotationType();
			int order = (component >= 0) ? this.constraints.get(component).indexOf(constraint) : -1;
			boolean missing = constraint == Required.class;
			return (missing ? 0 : 1 << 20) + (Math.max(component, 0) << 10) + Math.max(order, 0);
		}

		String parameter(ConstraintViolation<?> violation) {
			int component = this.fields.indexOf(field(violation));
			return (component >= 0 && !this.parameters.get(component).isEmpty()) ? this.parameters.get(component)
					: field(violation);
		}

		private static String field(ConstraintViolation<?> violation) {
			String name = "";
			for (Path.Node node : violation.getPropertyPath()) {
				name = String.valueOf(node.getName());
			}
			return name;
		}

	}

}
