package com.example.bot;

import com.twilio.http.TwilioRestClient;
import com.twilio.rest.autopilot.v1.assistant.Webhook;
import io.autopilotmock.client.AutopilotMockAdmin;
import io.autopilotmock.junit.AutopilotMockTest;
import io.autopilotmock.junit.BaseUrl;
import org.junit.jupiter.api.Test;

import static io.autopilotmock.client.Paths.webhooks;
import static io.autopilotmock.client.RequestPattern.post;
import static org.assertj.core.api.Assertions.assertThat;

@AutopilotMockTest
class WebhookSetupTests {

	private static final String ASSISTANT = "UA0123456789abcdef0123456789abcdef";

	@Test
	void setupShouldRegisterOneWebhook(@BaseUrl String baseUrl, AutopilotMockAdmin admin) {
		TwilioRestClient twilio = new TwilioRestClient.Builder("AC00000000000000000000000000000000", "token")
			.httpClient(new EmulatorHttpClient(baseUrl))
			.build();

		Webhook hook = new WebhookSetup(twilio).run(ASSISTANT, "http://127.0.0.1:9/hook");

		assertThat(hook.getUniqueName()).isEqualTo("dialogue-end");
		assertThat(hook.getDateCreated()).isNotNull();
		admin.verify(1, post(webhooks(ASSISTANT)).withStatus(201));
		assertThat(admin.requests(post(webhooks(ASSISTANT)))).singleElement()
			.satisfies((request) -> assertThat(request.parameters()).containsEntry("Events", "onDialogueEnd"));
	}

}
