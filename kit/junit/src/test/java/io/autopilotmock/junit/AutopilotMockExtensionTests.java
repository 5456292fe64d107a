package io.autopilotmock.junit;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import io.autopilotmock.client.AutopilotMockAdmin;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import static io.autopilotmock.client.Paths.webhooks;
import static io.autopilotmock.client.RequestPattern.post;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the extension gives a test class: one emulator, reset before each test, its
 * settings applied, and its parameters.
 */
@AutopilotMockTest(iso8601Dates = false, environment = "AUTOPILOT_MOCK_LENIENT_EVENTS=true")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AutopilotMockExtensionTests {

	private static final String ASSISTANT = "UA00000000000000000000000000000e57";

	private static String firstBaseUrl;

	private final String constructed;

	AutopilotMockExtensionTests(@BaseUrl String baseUrl) {
		this.constructed = baseUrl;
	}

	@Test
	@Order(1)
	void theParametersShouldNameOneEmulator(@BaseUrl String baseUrl, AutopilotMock emulator, AutopilotMockAdmin admin)
			throws Exception {
		firstBaseUrl = baseUrl;
		assertThat(baseUrl).matches("http://[^/]+:\\d+").isEqualTo(emulator.baseUrl()).isEqualTo(this.constructed);
		assertThat(admin.baseUrl()).isEqualTo(baseUrl);
		assertThat(emulator.mode()).isIn("process", "container");
		HttpResponse<String> created = Api.createWebhook(baseUrl, ASSISTANT, "any", "anythingAtAll",
				"http://127.0.0.1:9/x");
		assertThat(created.statusCode()).as("lenient events, from the settings").isEqualTo(201);
		assertThat(created.body()).as("RFC 2822 dates, from the settings").matches(".*\"date_created\": ?\"\\w{3}, .*");
	}

	@Test
	@Order(2)
	void eachTestShouldStartFromAResetEmulator(@BaseUrl String baseUrl, AutopilotMockAdmin admin) throws Exception {
		assertThat(baseUrl).as("the same emulator").isEqualTo(firstBaseUrl);
		admin.verify(0, post(webhooks(ASSISTANT)));
		assertThat(admin.exportState().accounts()).isEmpty();
	}

	@Test
	@Order(3)
	void theInspectorShouldAnswerAtTheBaseUrl(@BaseUrl String baseUrl) throws Exception {
		HttpResponse<String> inspector = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(baseUrl + "/__admin/")).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(inspector.statusCode()).isEqualTo(200);
	}

}
