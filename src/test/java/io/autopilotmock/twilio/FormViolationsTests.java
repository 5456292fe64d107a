package io.autopilotmock.twilio;

import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.web.bind.annotation.BindParam;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which violation of a form is answered, and in which words: only the first, as Twilio
 * answered one problem at a time, named by the parameter as sent.
 */
class FormViolationsTests {

	record Form(
			@BindParam("UniqueName") @Required(groups = OnCreate.class) @NoControlCharacters @NotBlankIfSent @Size(
					max = 64, message = FormViolations.TOO_LONG) @NotSid(value = SidPrefix.WEBHOOK,
							resource = "a Webhook") @Nullable String uniqueName,
			@BindParam("FriendlyName") @Required(groups = OnCreate.class) @NoControlCharacters @Size(max = 5,
					message = FormViolations.TOO_LONG) @Nullable String friendlyName) {

	}

	@Test
	void aMissingParameterShouldComeBeforeAnyOtherProblem() {
		assertThat(message(new Form("bad\u0001", null), Default.class, OnCreate.class))
			.isEqualTo("Missing required parameter FriendlyName in the post body");
		assertThat(message(new Form(" ", null), Default.class, OnCreate.class))
			.isEqualTo("Missing required parameter UniqueName in the post body");
	}

	@Test
	void theFirstParameterShouldComeFirstAndItsConstraintsInTheOrderWritten() {
		assertThat(message(new Form(" \u0001" + "x".repeat(64), "toolong\u0001")))
			.isEqualTo("UniqueName must not contain control characters");
		assertThat(message(new Form("   ", "toolong"))).isEqualTo("UniqueName must not be blank");
		assertThat(message(new Form("x".repeat(65), "\u0001")))
			.isEqualTo("UniqueName must be at most 64 characters long");
		assertThat(message(new Form("ok", "toolong\u0001")))
			.isEqualTo("FriendlyName must not contain control characters");
		assertThat(message(new Form("ok", "toolong"))).isEqualTo("FriendlyName must be at most 5 characters long");
	}

	@Test
	void aSidShapedNameShouldBeRefusedNamingIt() {
		assertThat(message(new Form("UM0123456789abcdef0123456789ABCDEF", null)))
			.isEqualTo("UniqueName must not look like a Webhook SID: UM0123456789abcdef0123456789ABCDEF");
		assertThat(message(new Form("UA0123456789abcdef0123456789ABCDEF", null))).isNull();
	}

	@Test
	void parametersNotSentShouldPassWithoutTheCreateGroup() {
		assertThat(message(new Form(null, null))).isNull();
	}

	private static @Nullable String message(Form form, Class<?>... groups) {
		try {
			FormViolations.check(TestValidator.get(), form, groups);
			return null;
		}
		catch (TwilioException ex) {
			assertThat(ex.status().value()).isEqualTo(400);
			assertThat(ex.toError().code()).isEqualTo(20001);
			return ex.toError().message();
		}
	}

}
