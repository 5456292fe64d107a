package io.autopilotmock.observability;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The request log line and the Prometheus endpoint over real HTTP, in strict mode with an
 * auth token and an API key configured: the fields are there, and no secret is, in
 * either.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "autopilot-mock.metrics.prometheus=true", "autopilot-mock.auth.mode=strict",
				"autopilot-mock.auth.credentials=" + ObservabilityApiTests.ACCOUNT + ":" + ObservabilityApiTests.TOKEN
						+ "," + ObservabilityApiTests.KEY + ":" + ObservabilityApiTests.KEY_SECRET + ":"
						+ ObservabilityApiTests.ACCOUNT })
@ExtendWith(OutputCaptureExtension.class)
class ObservabilityApiTests {

	static final String ACCOUNT = "AC0123456789abcdef0123456789abcd14";

	static final String TOKEN = "t0ken-never-logged";

	static final String KEY = "SK0123456789abcdef0123456789abcd14";

	static final String KEY_SECRET = "k3y-secret-never-logged";

	private static final String WRONG = "wr0ng-secret-never-logged";

	private static final Pattern LINE = Pattern
		.compile("(\\S+) (\\S+) (\\d{3}) twilio_code=(\\S+) (\\d+) ms account=(\\S+) operation=(\\S+)$");

	@LocalServerPort
	int port;

	@BeforeEach
	void setUp() {
		RestAssured.port = this.port;
	}

	private static RequestSpecification as(String user, String password) {
		return RestAssured.given().auth().preemptive().basic(user, password);
	}

	@Test
	void everyApiRequestShouldBeOneLineWithItsFields(CapturedOutput output) throws InterruptedException {
		String assistant = "UA00000000000000000000000000001401";
		String webhooks = "/v1/Assistants/" + assistant + "/Webhooks";
		// The capture holds the class's earlier tests too: read only what comes after.
		int from = output.getOut().length();
		as(ACCOUNT, TOKEN).formParam("UniqueName", "logged")
			.formParam("Events", "onDialogueStart")
			.formParam("WebhookUrl", "https://example.com/hook")
			.post(webhooks)
			.then()
			.statusCode(201);
		as(KEY, KEY_SECRET).formParam("UniqueName", "logged")
			.formParam("Events", "onDialogueStart")
			.formParam("WebhookUrl", "https://example.com/hook")
			.post(webhooks)
			.then()
			.statusCode(409);
		as(ACCOUNT, TOKEN).get(webhooks + "/UM00000000000000000000000000000404?PageSize=5").then().statusCode(404);
		as(ACCOUNT, WRONG).get("/v1/Assistants").then().statusCode(401);
		as(ACCOUNT, TOKEN).put("/v1/Assistants").then().statusCode(405);

		// Another test's last line may be written after its answer, so after `from`: keep
		// this test's paths.
		List<String[]> lines = lines(output, from, 5,
				(path) -> path.equals("/v1/Assistants") || path.startsWith(webhooks));
		assertThat(lines)
			.extracting((fields) -> String.join(" ", fields[0], fields[1], fields[2], fields[3], fields[5], fields[6]))
			.containsExactly("POST " + webhooks + " 201 - " + ACCOUNT + " CreateWebhook",
					"POST " + webhooks + " 409 409 " + ACCOUNT + " CreateWebhook",
					"GET " + webhooks + "/UM00000000000000000000000000000404 404 20404 " + ACCOUNT + " FetchWebhook",
					// Refused before a route is looked up: no operation.
					"GET /v1/Assistants 401 20003 - Unmatched",
					"PUT /v1/Assistants 405 20004 " + ACCOUNT + " Unmatched");
		assertThat(lines).allSatisfy((fields) -> assertThat(Long.parseLong(fields[4])).isBetween(0L, 10_000L));
		assertNoSecretIn(output.toString());
	}

	@Test
	void prometheusShouldCountApiRequestsByOperationAndStatusWithAHistogram() {
		String assistant = "UA00000000000000000000000000001402";
		double before = count(scrape(), "ListWebhook", "200");
		as(ACCOUNT, TOKEN).get("/v1/Assistants/" + assistant + "/Webhooks").then().statusCode(200);
		as(ACCOUNT, TOKEN).get("/v1/Assistants/" + assistant + "/Webhooks").then().statusCode(200);
		as(ACCOUNT, WRONG).get("/v1/Assistants/" + assistant + "/Webhooks").then().statusCode(401);

		String metrics = scrape();
		assertThat(count(metrics, "ListWebhook", "200")).isEqualTo(before + 2);
		assertThat(count(metrics, "Unmatched", "401")).isGreaterThanOrEqualTo(1);
		assertThat(metrics)
			.contains("autopilot_api_requests_seconds_bucket{operation=\"ListWebhook\",status=\"200\",le=\"+Inf\"}");
		assertThat(metrics).containsPattern("autopilot_api_requests_seconds_sum\\{operation=\"ListWebhook\"");
		assertThat(metrics).containsPattern("(?m)^autopilot_store_assistants \\d+(\\.\\d+)?$");
		assertThat(metrics).containsPattern("(?m)^autopilot_store_webhooks \\d+(\\.\\d+)?$");
		// The request journal's, registered by its own feature.
		assertThat(metrics).containsPattern("(?m)^autopilot_journal_size \\d+(\\.\\d+)?$");
		assertNoSecretIn(metrics);
	}

	@Test
	void storeGaugesShouldCountWhatIsStored() {
		String assistant = "UA00000000000000000000000000001403";
		double assistants = gauge(scrape(), "autopilot_store_assistants");
		double webhooks = gauge(scrape(), "autopilot_store_webhooks");
		for (String name : List.of("one", "two")) {
			as(ACCOUNT, TOKEN).formParam("UniqueName", name)
				.formParam("Events", "onDialogueStart")
				.formParam("WebhookUrl", "https://example.com/hook")
				.post("/v1/Assistants/" + assistant + "/Webhooks")
				.then()
				.statusCode(201);
		}
		String metrics = scrape();
		assertThat(gauge(metrics, "autopilot_store_assistants")).isEqualTo(assistants + 1);
		assertThat(gauge(metrics, "autopilot_store_webhooks")).isEqualTo(webhooks + 2);
	}

	private static String scrape() {
		return RestAssured.given().get("/actuator/prometheus").then().statusCode(200).extract().asString();
	}

	private static double count(String metrics, String operation, String status) {
		Matcher matcher = Pattern
			.compile("(?m)^autopilot_api_requests_seconds_count\\{operation=\"" + operation + "\",status=\"" + status
					+ "\"} (\\S+)$")
			.matcher(metrics);
		return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
	}

	private static double gauge(String metrics, String name) {
		Matcher matcher = Pattern.compile("(?m)^" + name + " (\\S+)$").matcher(metrics);
		assertThat(matcher.find()).as(name + " in the scrape").isTrue();
		return Double.parseDouble(matcher.group(1));
	}

	/**
	 * The request lines on these paths once there are this many: a line is written as its
	 * answer goes out, and may follow it.
	 */
	private static List<String[]> lines(CapturedOutput output, int from, int count, Predicate<String> path)
			throws InterruptedException {
		for (int i = 0; i < 50 && lines(output, from, path).size() < count; i++) {
			Thread.sleep(100);
		}
		return lines(output, from, path);
	}

	private static List<String[]> lines(CapturedOutput output, int from, Predicate<String> path) {
		return output.getOut()
			.substring(from)
			.lines()
			.filter((line) -> line.contains(ApiRequestFilter.class.getSimpleName()))
			.map((line) -> {
				Matcher matcher = LINE.matcher(line);
				assertThat(matcher.find()).as(line).isTrue();
				String[] fields = new String[7];
				for (int i = 0; i < 7; i++) {
					fields[i] = matcher.group(i + 1);
				}
				return fields;
			})
			.filter((fields) -> path.test(fields[1]))
			.toList();
	}

	static void assertNoSecretIn(String text) {
		for (String secret : List.of(TOKEN, KEY_SECRET, WRONG)) {
			assertThat(text).doesNotContain(secret);
			for (String user : List.of(ACCOUNT, KEY)) {
				String basic = Base64.getEncoder()
					.encodeToString((user + ":" + secret).getBytes(StandardCharsets.UTF_8));
				assertThat(text).doesNotContain(basic);
			}
		}
	}

}
