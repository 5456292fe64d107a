package io.autopilotmock.observability;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.autopilotmock.storage.AppProcess;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring Boot's structured JSON logs, chosen as users choose them
 * ({@code LOGGING_STRUCTURED_FORMAT_CONSOLE}), carry the request line's fields as fields
 * of their own, and no secret. A process of the packaged jar: a JVM's logging is set up
 * once, by its first context, so this cannot share the unit tests' JVM.
 */
class StructuredLogIT {

	private static final ObjectMapper json = new ObjectMapper();

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@ParameterizedTest
	@ValueSource(strings = { "ecs", "logstash" })
	void jsonLinesShouldCarryTheRequestFields(String format) throws Exception {
		// Each format its own unique name: on PostgreSQL both runs share one database.
		String credentials = ObservabilityApiTests.ACCOUNT + ":" + ObservabilityApiTests.TOKEN;
		String assistants;
		String output;
		try (AppProcess app = AppProcess.start(Map.of("LOGGING_STRUCTURED_FORMAT_CONSOLE", format,
				"AUTOPILOT_MOCK_AUTH_MODE", "strict", "AUTOPILOT_MOCK_AUTH_CREDENTIALS", credentials))) {
			assistants = app.baseUrl() + "/v1/Assistants";
			String basic = "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
			assertThat(send(HttpRequest.newBuilder(URI.create(assistants))
				.header("Authorization", basic)
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("UniqueName=logged-" + format))).statusCode()).isEqualTo(201);
			assertThat(send(HttpRequest.newBuilder(URI.create(assistants + "/missing")).header("Authorization", basic))
				.statusCode()).isEqualTo(404);
			assertThat(send(HttpRequest.newBuilder(URI.create(assistants))
				.header("Authorization",
						"Basic " + Base64.getEncoder()
							.encodeToString("ACx:wr0ng-secret-never-logged".getBytes(StandardCharsets.UTF_8))))
				.statusCode()).isEqualTo(401);
			output = waitForLines(app, 3);
		}
		List<Map<String, Object>> lines = requestLines(output);
		assertThat(lines).hasSize(3);
		assertThat(lines.get(0)).containsEntry("method", "POST")
			.containsEntry("path", "/v1/Assistants")
			.containsEntry("status", "201")
			.containsEntry("twilio_code", "-")
			.containsEntry("account_sid", ObservabilityApiTests.ACCOUNT)
			.containsEntry("operation", "CreateAssistant")
			.containsKey("duration_ms")
			.containsKey("@timestamp");
		assertThat(Long.parseLong((String) lines.get(0).get("duration_ms"))).isBetween(0L, 30_000L);
		assertThat(lines.get(1)).containsEntry("method", "GET")
			.containsEntry("path", "/v1/Assistants/missing")
			.containsEntry("status", "404")
			.containsEntry("twilio_code", "20404")
			.containsEntry("operation", "FetchAssistant");
		assertThat(lines.get(2)).containsEntry("status", "401")
			.containsEntry("twilio_code", "20003")
			.containsEntry("account_sid", "-");
		assertThat(lines).allSatisfy((line) -> assertThat((String) line.get("message"))
			.startsWith(line.get("method") + " " + line.get("path") + " " + line.get("status")));
		ObservabilityApiTests.assertNoSecretIn(output);
		assertThat(output).doesNotContain("wr0ng-secret-never-logged");
	}

	private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * The output once it holds this many request lines: they are written as answers go
	 * out.
	 */
	private static String waitForLines(AppProcess app, int count) throws Exception {
		for (int i = 0; i < 50 && requestLines(app.output()).size() < count; i++) {
			Thread.sleep(100);
		}
		return app.output();
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> requestLines(String output) throws Exception {
		List<Map<String, Object>> lines = new ArrayList<>();
		for (String line : output.lines().toList()) {
			if (line.startsWith("{") && line.contains(ApiRequestFilter.class.getName())) {
				lines.add(json.readValue(line, Map.class));
			}
		}
		return lines;
	}

}
