package io.autopilotmock.twilio;

import java.lang.reflect.Method;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.core.MethodParameter;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.util.ReflectionUtils;
import org.springframework.web.bind.annotation.BindParam;
import org.springframework.web.context.request.ServletWebRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which arguments are forms, and how a form reads the request's parameters.
 */
class FormArgumentResolverTests {

	private final FormArgumentResolver resolver = new FormArgumentResolver();

	@Test
	void recordsOfNamedStringsShouldBeForms() {
		assertThat(this.resolver.supportsParameter(parameter(0))).isTrue();
	}

	@Test
	void otherArgumentsShouldNotBeForms() {
		assertThat(this.resolver.supportsParameter(parameter(1))).as("a record without @BindParam").isFalse();
		assertThat(this.resolver.supportsParameter(parameter(2))).as("a record with a number").isFalse();
		assertThat(this.resolver.supportsParameter(parameter(3))).as("a string").isFalse();
		assertThat(this.resolver.supportsParameter(parameter(4))).as("an empty record").isFalse();
	}

	@Test
	void formShouldTakeTheFirstValueAndNullWhenAbsent() {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/v1/Things");
		request.addParameter("FriendlyName", "first", "second");
		request.addParameter("Other", "ignored");
		Object form = this.resolver.resolveArgument(parameter(0), null, new ServletWebRequest(request), null);
		assertThat(form).isEqualTo(new ThingForm("first", null));
	}

	@Test
	void emptyValuesShouldStayEmptyNotAbsent() {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/v1/Things");
		request.addParameter("FriendlyName", "");
		request.addParameter("UniqueName", "thing");
		Object form = this.resolver.resolveArgument(parameter(0), null, new ServletWebRequest(request), null);
		assertThat(form).isEqualTo(new ThingForm("", "thing"));
	}

	private static MethodParameter parameter(int index) {
		Method handler = ReflectionUtils.findMethod(FormArgumentResolverTests.class, "handler", ThingForm.class,
				Unnamed.class, Counted.class, String.class, Empty.class);
		return new MethodParameter(handler, index);
	}

	void handler(ThingForm form, Unnamed unnamed, Counted counted, String text, Empty empty) {
	}

	record ThingForm(@BindParam("FriendlyName") @Nullable String friendlyName,
			@BindParam("UniqueName") @Nullable String uniqueName) {
	}

	record Unnamed(String friendlyName) {
	}

	record Counted(@BindParam("Count") int count) {
	}

	record Empty() {
	}

}
