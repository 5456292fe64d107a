package io.autopilotmock.observability;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Routes named as Twilio names its operations, and nothing else becomes a tag value.
 */
class OperationsTests {

	@Test
	void webhookRoutesShouldBeNamedAsTwilioNamesThem() {
		String collection = "/v1/Assistants/{AssistantSid}/Webhooks";
		String instance = collection + "/{Sid}";
		assertThat(Operations.of("POST", collection)).isEqualTo("CreateWebhook");
		assertThat(Operations.of("GET", collection)).isEqualTo("ListWebhook");
		assertThat(Operations.of("GET", instance)).isEqualTo("FetchWebhook");
		assertThat(Operations.of("POST", instance)).isEqualTo("UpdateWebhook");
		assertThat(Operations.of("DELETE", instance)).isEqualTo("DeleteWebhook");
	}

	@Test
	void assistantRoutesShouldBeNamedAsTwilioNamesThem() {
		assertThat(Operations.of("POST", "/v1/Assistants")).isEqualTo("CreateAssistant");
		assertThat(Operations.of("GET", "/v1/Assistants")).isEqualTo("ListAssistant");
		assertThat(Operations.of("GET", "/v1/Assistants/{Sid}")).isEqualTo("FetchAssistant");
		assertThat(Operations.of("POST", "/v1/Assistants/{Sid}")).isEqualTo("UpdateAssistant");
		assertThat(Operations.of("DELETE", "/v1/Assistants/{Sid}")).isEqualTo("DeleteAssistant");
	}

	@Test
	void otherMethodsAndRoutesShouldBeUnmatched() {
		assertThat(Operations.of("PUT", "/v1/Assistants")).isEqualTo("Unmatched");
		assertThat(Operations.of("GET", "/{Sid}")).isEqualTo("Unmatched");
		assertThat(Operations.of("GET", "/")).isEqualTo("Unmatched");
	}

}
