package io.autopilotmock.twilio;

import java.lang.reflect.Constructor;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.BeanUtils;
import org.springframework.core.MethodParameter;
import org.springframework.util.ReflectionUtils;
import org.springframework.web.bind.annotation.BindParam;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Builds a form record, a record of {@code String} components each named by
 * {@link BindParam @BindParam}, from the request's parameters as sent: {@code null} when
 * a parameter is absent, the first value when it is repeated, as Twilio reads them.
 * <p>
 * Spring's data binder would build the same record, but it reads every component's
 * annotations and nullness by reflection on every request, which profiled at a sixth of a
 * create's time; the record's shape is read here once per type.
 */
final class FormArgumentResolver implements HandlerMethodArgumentResolver {

	private static final ClassValue<@Nullable FormShape> SHAPES = new ClassValue<>() {

		@Override
		protected @Nullable FormShape computeValue(Class<?> type) {
			return FormShape.of(type);
		}

	};

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return SHAPES.get(parameter.getParameterType()) != null;
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer container,
			NativeWebRequest webRequest, @Nullable WebDataBinderFactory binderFactory) {
		FormShape shape = SHAPES.get(parameter.getParameterType());
		HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
		if (shape == null || request == null) {
			throw new IllegalStateException("Not a form: " + parameter);
		}
		return shape.read(request);
	}

	/** A form record's parameter names, in the order of its canonical constructor. */
	private record FormShape(Constructor<?> constructor, String[] names) {

		static @Nullable FormShape of(Class<?> type) {
			RecordComponent[] components = type.getRecordComponents();
			if (components == null || components.length == 0) {
				return null; // not a record, or one without parameters
			}
			Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
			Constructor<?> constructor;
			try {
				constructor = ReflectionUtils.accessibleConstructor(type, types);
			}
			catch (NoSuchMethodException ex) {
				throw new IllegalStateException("A record without its canonical constructor: " + type, ex);
			}
			// @BindParam applies to parameters: it is found on the canonical
			// constructor's.
			Parameter[] parameters = constructor.getParameters();
			String[] names = new String[parameters.length];
			for (int i = 0; i < parameters.length; i++) {
				BindParam name = parameters[i].getAnnotation(BindParam.class);
				if (name == null || parameters[i].getType() != String.class) {
					return null;
				}
				names[i] = name.value();
			}
			return new FormShape(constructor, names);
		}

		Object read(HttpServletRequest request) {
			return BeanUtils.instantiateClass(this.constructor,
					Arrays.stream(this.names).map(request::getParameter).toArray());
		}

	}

}
