package io.autopilotmock.webhook;

import java.net.URI;
import java.time.Instant;

import io.autopilotmock.twilio.Account;
import io.autopilotmock.twilio.FixedClockConfiguration;
import io.autopilotmock.twilio.ResourceNotFoundException;
import io.autopilotmock.twilio.TwilioErrors;
import io.autopilotmock.twilio.TwilioWebTestConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

/**
 * How form parameters and path variables bind, and the shape of every error.
 */
@WebMvcTest(WebhookController.class)
@Import({ TwilioWebTestConfiguration.class, FixedClockConfiguration.class })
class WebhookControllerTests {

	private static final Account DEFAULT_ACCOUNT = new Account("AC00000000000000000000000000000000");

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	WebhookService webhooks;

	@Test
	void createShouldBindPascalCaseParametersAndLeaveAbsentOnesNull() {
		AssistantWebhook found = found();
		given(this.webhooks.create(any(), any(), any())).willReturn(found);
		assertThat(this.mvc.post()
			.uri("/v1/Assistants/my-assistant/Webhooks")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.content("UniqueName=a+b&Events=onDialogueStart&WebhookUrl=https%3A%2F%2Fexample.com&uniquename=ignored"))
			.hasStatus(201);
		verify(this.webhooks).create(DEFAULT_ACCOUNT, "my-assistant",
				new WebhookForm("a b", "onDialogueStart", "https://example.com", null));
	}

	@Test
	void pathVariablesShouldDecodePlusAsSpaceAndPercent2BAsPlus() {
		AssistantWebhook found = found();
		given(this.webhooks.fetch(any(), any(), any())).willReturn(found);
		assertThat(this.mvc.get().uri(URI.create("/v1/Assistants/my+assistant/Webhooks/a%2Bb%20c"))).hasStatusOk();
		verify(this.webhooks).fetch(DEFAULT_ACCOUNT, "my assistant", "a+b c");
	}

	@Test
	void createShouldAnswerWithTheWebhookJson() {
		AssistantWebhook found = found();
		given(this.webhooks.create(any(), any(), any())).willReturn(found);
		assertThat(this.mvc.post()
			.uri("/v1/Assistants/my-assistant/Webhooks")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.content("UniqueName=hook")).hasStatus(201)
			.bodyJson()
			.isStrictlyEqualTo(
					"""
							{
							  "account_sid": "AC00000000000000000000000000000000",
							  "assistant_sid": "UA0123456789abcdef0123456789abcdef",
							  "date_created": "Thu, 04 May 2023 09:42:00 +0000",
							  "date_updated": "Thu, 04 May 2023 09:42:00 +0000",
							  "events": "onDialogueStart",
							  "sid": "UM00000000000000000000000000000001",
							  "unique_name": "hook",
							  "url": "http://localhost/v1/Assistants/UA0123456789abcdef0123456789abcdef/Webhooks/UM00000000000000000000000000000001",
							  "webhook_method": "POST",
							  "webhook_url": "https://example.com/hook"
							}
							""");
	}

	@Test
	void serviceErrorsShouldComeOutInTwilioShape() {
		given(this.webhooks.create(any(), any(), any())).willThrow(TwilioErrors.missingParameter("Events"));
		assertThat(this.mvc.post().uri("/v1/Assistants/a/Webhooks")).hasStatus(400).bodyJson().isStrictlyEqualTo("""
				{"code": 20001, "message": "Missing required parameter Events in the post body",
				 "more_info": "https://www.twilio.com/docs/errors/20001", "status": 400}
				""");
	}

	@Test
	void notFoundShouldNameTheRequestedPathWithoutVersion() {
		given(this.webhooks.fetch(any(), any(), any())).willThrow(new ResourceNotFoundException());
		assertThat(this.mvc.get().uri("/v1/Assistants/a/Webhooks/missing")).hasStatus(404)
			.bodyJson()
			.isStrictlyEqualTo("""
					{"code": 20404, "message": "The requested resource /Assistants/a/Webhooks/missing was not found",
					 "more_info": "https://www.twilio.com/docs/errors/20404", "status": 404}
					""");
	}

	@Test
	void unexpectedFailuresShouldBeAGeneric500WithoutDetails() {
		given(this.webhooks.fetch(any(), any(), any()))
			.willThrow(new IllegalStateException("SELECT * FROM webhook WHERE secret"));
		assertThat(this.mvc.get().uri("/v1/Assistants/a/Webhooks/b")).hasStatus(500).bodyJson().isStrictlyEqualTo("""
				{"code": 20500, "message": "An internal server error has occurred",
				 "more_info": "https://www.twilio.com/docs/errors/20500", "status": 500}
				""");
	}

	@Test
	void wrongMethodShouldBe405() {
		assertThat(this.mvc.patch().uri("/v1/Assistants/a/Webhooks/b")).hasStatus(405)
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo(20004);
	}

	@Test
	void formBodyWithCharsetShouldBeAccepted() {
		AssistantWebhook found = found();
		given(this.webhooks.update(any(), any(), any(), any())).willReturn(found);
		assertThat(this.mvc.post()
			.uri("/v1/Assistants/a/Webhooks/b")
			.contentType("application/x-www-form-urlencoded; charset=UTF-8")
			.content("Events=onDialogueEnd")).hasStatusOk();
		verify(this.webhooks).update(eq(DEFAULT_ACCOUNT), eq("a"), eq("b"),
				eq(new WebhookForm(null, "onDialogueEnd", null, null)));
	}

	@Test
	void textBodyShouldBe415() {
		assertThat(this.mvc.post().uri("/v1/Assistants/a/Webhooks").contentType(MediaType.TEXT_PLAIN).content("hi"))
			.hasStatus(415)
			.bodyJson()
			.extractingPath("$.status")
			.isEqualTo(415);
	}

	private static AssistantWebhook found() {
		Instant created = Instant.parse("2023-05-04T09:42:00Z");
		WebhookRow webhook = new WebhookRow(1L, "UM00000000000000000000000000000001", DEFAULT_ACCOUNT.sid(), "hook",
				"onDialogueStart", "https://example.com/hook", "POST", created, created);
		return new AssistantWebhook("UA0123456789abcdef0123456789abcdef", webhook);
	}

}
