package io.autopilotmock.webhook;

import io.autopilotmock.twilio.TestProperties;
import io.autopilotmock.twilio.TestValidator;
import io.autopilotmock.twilio.TwilioException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The constraints of {@link WebhookForm} as the rules apply them, without a web layer:
 * what a restored state gets, and what a value as sent does to a message.
 */
class WebhookRulesTests {

	private final WebhookRules rules = new WebhookRules(TestProperties.defaults(), TestValidator.get());

	@Test
	void valuesShouldBeEchoedAsSentWithoutInterpolation() {
		assertThat(refusal(new WebhookForm("hook", "onDialogueStart", "ftp://{max}/${1+1}", null)))
			.isEqualTo("WebhookUrl must be an absolute http or https URL, was ftp://{max}/${1+1}");
		assertThat(refusal(new WebhookForm("hook", "onDialogueStart {event}", "https://example.com", null)))
			.isEqualTo("Events contains an unknown event: {event}");
		assertThat(refusal(new WebhookForm("hook", "onDialogueStart", "https://example.com", "{sent}\\{\\\\$")))
			.isEqualTo("WebhookMethod must be GET or POST, was {sent}\\{\\\\$");
	}

	@Test
	void eventsShouldBeMeasuredTrimmedAndStoredTrimmed() {
		String events = "onDialogueStart ".repeat(64).trim();
		assertThat(events).hasSizeLessThanOrEqualTo(WebhookRules.MAX_EVENTS);
		WebhookForm checked = this.rules
			.forCreate(new WebhookForm("hook", "   " + events + "   ", "https://example.com", "get"));
		assertThat(checked.events()).isEqualTo(events);
		assertThat(checked.webhookMethod()).isEqualTo("GET");
		assertThat(refusal(new WebhookForm("hook", events + " onDialogueEnd", "https://example.com", null)))
			.isEqualTo("Events must be at most 1024 characters long");
	}

	@Test
	void anUpdateShouldRequireNothingAndKeepWhatWasNotSent() {
		WebhookForm checked = this.rules.forUpdate(new WebhookForm(null, null, null, "post"));
		assertThat(checked).isEqualTo(new WebhookForm(null, null, null, "POST"));
		assertThat(refusal(new WebhookForm(null, null, null, null)))
			.isEqualTo("Missing required parameter UniqueName in the post body");
	}

	private String refusal(WebhookForm form) {
		try {
			this.rules.forCreate(form);
		}
		catch (TwilioException ex) {
			assertThat(ex.toError().code()).isEqualTo(20001);
			return ex.toError().message();
		}
		throw new AssertionError("accepted: " + form);
	}

}
