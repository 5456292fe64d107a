package io.autopilotmock.webhook;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.autopilotmock.twilio.FixedClockConfiguration;
import io.autopilotmock.twilio.TestAccounts;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static io.autopilotmock.webhook.WebhookApi.ASSISTANT;
import static io.autopilotmock.webhook.WebhookApi.EVENTS;
import static io.autopilotmock.webhook.WebhookApi.HOOK_URL;
import static io.autopilotmock.webhook.WebhookApi.create;
import static io.autopilotmock.webhook.WebhookApi.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

/**
 * {@code POST /v1/Assistants/{AssistantSid}/Webhooks} over real HTTP: every field and
 * every error of the contract.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(FixedClockConfiguration.class)
class WebhookCreateApiTests {

	/**
	 * Every request acts for this account, new on every run, so that no other class and
	 * no earlier run on a reused database is seen.
	 */
	private static final String ACCOUNT = TestAccounts.fresh();

	@LocalServerPort
	int port;

	@BeforeEach
	void pointRestAssured() {
		RestAssured.port = this.port;
		RestAssured.authentication = RestAssured.preemptive().basic(ACCOUNT, "token");
	}

	@AfterEach
	void forgetTheAccount() {
		RestAssured.reset();
	}

	@Test
	void createShouldAnswer201WithExactlyTheTenKeys() throws Exception {
		Response response = create(ASSISTANT, "exact-fields");
		response.then().statusCode(201).contentType(ContentType.JSON);
		String sid = response.path("sid");
		assertThat(sid).matches("UM[0-9a-f]{32}");
		String expected = """
				{
				  "account_sid": "%s",
				  "assistant_sid": "%s",
				  "date_created": "Thu, 04 May 2023 09:42:00 +0000",
				  "date_updated": "Thu, 04 May 2023 09:42:00 +0000",
				  "events": "onDialogueStart onDialogueEnd",
				  "sid": "%s",
				  "unique_name": "exact-fields",
				  "url": "http://localhost:%d/v1/Assistants/%s/Webhooks/%s",
				  "webhook_method": "POST",
				  "webhook_url": "https://example.com/hook"
				}
				""".formatted(ACCOUNT, ASSISTANT, sid, this.port, ASSISTANT, sid);
		JSONAssert.assertEquals(expected, response.asString(), JSONCompareMode.STRICT);
	}

	@Test
	void createShouldAnswerWithItsLengthRatherThanInChunks() {
		// As a fetch does: the answer is written once, whole, not flushed before its end.
		Response response = create(ASSISTANT, "with-length");
		response.then().statusCode(201);
		assertThat(response.header("Transfer-Encoding")).isNull();
		assertThat(response.header("Content-Length")).isEqualTo(Integer.toString(response.asByteArray().length));
	}

	@Test
	void createShouldMintADifferentSidEachTime() {
		String first = create(ASSISTANT, "sid-one").then().statusCode(201).extract().path("sid");
		String second = create(ASSISTANT, "sid-two").then().statusCode(201).extract().path("sid");
		assertThat(first).isNotEqualTo(second);
	}

	@Test
	void createShouldTakeTheAccountFromTheBasicUsername() {
		String account = TestAccounts.fresh();
		form().auth()
			.preemptive()
			.basic(account, "token")
			.formParam("UniqueName", "account-hook")
			.formParam("Events", EVENTS)
			.formParam("WebhookUrl", HOOK_URL)
			.post("/v1/Assistants/{assistant}/Webhooks", ASSISTANT)
			.then()
			.statusCode(201)
			.body("account_sid", equalTo(account));
	}

	@Test
	void createShouldStoreTheMethodUpperCase() {
		form().formParam("UniqueName", "get-hook")
			.formParam("Events", "ondialogueturn")
			.formParam("WebhookUrl", "http://hooks.internal:9000/path?q=1")
			.formParam("WebhookMethod", "get")
			.post("/v1/Assistants/{assistant}/Webhooks", ASSISTANT)
			.then()
			.statusCode(201)
			.body("webhook_method", equalTo("GET"))
			.body("events", equalTo("ondialogueturn"))
			.body("webhook_url", equalTo("http://hooks.internal:9000/path?q=1"));
	}

	@Test
	void createShouldTrimEventsAndKeepTheirCase() {
		form().formParam("UniqueName", "trimmed")
			.formParam("Events", "  onDialogueStart   OnCollectAttempt ")
			.formParam("WebhookUrl", HOOK_URL)
			.post("/v1/Assistants/{assistant}/Webhooks", ASSISTANT)
			.then()
			.statusCode(201)
			.body("events", equalTo("onDialogueStart   OnCollectAttempt"));
	}

	@Test
	void createShouldTakeTheFirstOfRepeatedParameters() {
		form().formParam("UniqueName", "first", "second")
			.formParam("Events", EVENTS)
			.formParam("WebhookUrl", HOOK_URL)
			.post("/v1/Assistants/{assistant}/Webhooks", ASSISTANT)
			.then()
			.statusCode(201)
			.body("unique_name", equalTo("first"));
	}

	@Test
	void createShouldIgnoreUnknownParameters() {
		form().formParam("UniqueName", "unknown-params")
			.formParam("Events", EVENTS)
			.formParam("WebhookUrl", HOOK_URL)
			.formParam("FriendlyName", "ignored")
			.post("/v1/Assistants/{assistant}/Webhooks", ASSISTANT)
			.then()
			.statusCode(201);
	}

	@Test
	void createShouldKeepUnicodeUniqueNames() {
		create(ASSISTANT, "crochet-ñandú-✓").then().statusCode(201).body("unique_name", equalTo("crochet-ñandú-✓"));
	}

	@Test
	void createWhenParameterMissingShouldReturn400NamingIt() {
		form().formParam("Events", EVENTS)
			.formParam("WebhookUrl", HOOK_URL)
			.post("/v1/Assistants/{assistant}/Webhooks", ASSISTANT)
			.then()
			.statusCode(400)
			.body("code", equalTo(20001))
			.body("status", equalTo(400))
			.body("message", equalTo("Missing required parameter UniqueName in the post body"))
			.body("more_info", equalTo("https://www.twilio.com/docs/errors/20001"));
		form().formParam("UniqueName", "no-events")
			.formParam("WebhookUrl", HOOK_URL)
			.post("/v1/Assistants/{assistant}/Webhooks", ASSISTANT)
			.then()
			.statusCode(400)
			.body("message", equalTo("Missing required parameter Events in the post body"));
		form().formParam("UniqueName", "no-url")
			.formParam("Events", EVENTS)
			.post("/v1/Assistants/{assistant}/Webhooks", ASSISTANT)
			.then()
			.statusCode(400)
			.body("message", equalTo("Missing required parameter WebhookUrl in the post body"));
	}

	@Test
	void createWhenParameterBlankShouldReturn400NamingIt() {
		form().formParam("UniqueName", "blank-events")
			.formParam("Events", "   ")
			.formParam("WebhookUrl", HOOK_URL)
			.post("/v1/Assistants/{assistant}/Webhooks", ASSISTANT)
			.then()
			.statusCode(400)
			.body("message", equalTo("Missing required parameter Events in the post body"));
	}

	@Test
	void createWithoutBodyShouldReturn400ForTheFirstParameter() {
		RestAssured.given()
			.post("/v1/Assistants/{assistant}/Webhooks", ASSISTANT)
			.then()
			.statusCode(400)
			.body("message", equalTo("Missing required parameter UniqueName in the post body"));
	}

	@Test
	void createWhenUniqueNameTooLongShouldReturn400() {
		create(ASSISTANT, "x".repeat(64)).then().statusCode(201);
		create(ASSISTANT, "y".repeat(65)).then()
			.statusCode(400)
			.body("code", equalTo(20001))
			.body("message", equalTo("UniqueName must be at most 64 characters long"));
	}

	@Test
	void createWhenUniqueNameLooksLikeAWebhookSidShouldReturn400() {
		create(ASSISTANT, "UM0123456789ABCDEF0123456789abcdef").then()
			.statusCode(400)
			.body("message",
					equalTo("UniqueName must not look like a Webhook SID: UM0123456789ABCDEF0123456789abcdef"));
	}

	@Test
	void createWhenEventUnknownShouldReturn400NamingIt() {
		form().formParam("UniqueName", "bad-event")
			.formParam("Events", "onDialogueStart onDialogueExplode")
			.formParam("WebhookUrl", HOOK_URL)
			.post("/v1/Assistants/{assistant}/Webhooks", ASSISTANT)
			.then()
			.statusCode(400)
			.body("code", equalTo(20001))
			.body("message", equalTo("Events contains an unknown event: onDialogueExplode"));
	}

	@Test
	void createWhenUrlNotHttpShouldReturn400() {
		for (String url : List.of("ftp://example.com/hook", "/relative/hook", "https:///no-host", "not a url",
				"javascript:alert(1)")) {
			form().formParam("UniqueName", "bad-url")
				.formParam("Events", EVENTS)
				.formParam("WebhookUrl", url)
				.post("/v1/Assistants/{assistant}/Webhooks", ASSISTANT)
				.then()
				.statusCode(400)
				.body("code", equalTo(20001))
				.body("message", equalTo("WebhookUrl must be an absolute http or https URL, was " + url));
		}
	}

	@Test
	void createWhenMethodNotGetOrPostShouldReturn400() {
		form().formParam("UniqueName", "bad-method")
			.formParam("Events", EVENTS)
			.formParam("WebhookUrl", HOOK_URL)
			.formParam("WebhookMethod", "PUT")
			.post("/v1/Assistants/{assistant}/Webhooks", ASSISTANT)
			.then()
			.statusCode(400)
			.body("message", equalTo("WebhookMethod must be GET or POST, was PUT"));
	}

	@Test
	void createWhenControlCharacterShouldReturn400() {
		create(ASSISTANT, "line\nbreak").then()
			.statusCode(400)
			.body("message", equalTo("UniqueName must not contain control characters"));
	}

	@Test
	void createWhenBytesAreNotUtf8ShouldReturn400() {
		RestAssured.given()
			.contentType("application/x-www-form-urlencoded")
			.body("UniqueName=caf%E9&Events=onDialogueStart&WebhookUrl=https%3A%2F%2Fexample.com")
			.post("/v1/Assistants/{assistant}/Webhooks", ASSISTANT)
			.then()
			.statusCode(400)
			.body("message", equalTo("Malformed request parameters: not percent-encoded UTF-8"));
	}

	@Test
	void createWhenUniqueNameTakenShouldReturn409() {
		create(ASSISTANT, "taken").then().statusCode(201);
		create(ASSISTANT, "taken").then()
			.statusCode(409)
			.body("code", equalTo(409))
			.body("status", equalTo(409))
			.body("message", equalTo("UniqueName already in use"));
	}

	@Test
	void createWithTheSameUniqueNameUnderAnotherAssistantShouldSucceed() {
		create(ASSISTANT, "shared-name").then().statusCode(201);
		create("UAffffffffffffffffffffffffffffffff", "shared-name").then().statusCode(201);
	}

	@Test
	void concurrentCreatesWithOneUniqueNameShouldYieldExactlyOne201() throws Exception {
		String assistant = "UA00000000000000000000000000000032";
		int writers = 32;
		ExecutorService pool = Executors.newFixedThreadPool(writers);
		try {
			List<Callable<Integer>> calls = new ArrayList<>();
			for (int i = 0; i < writers; i++) {
				calls.add(() -> create(assistant, "contended").statusCode());
			}
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> status : pool.invokeAll(calls)) {
				statuses.add(status.get());
			}
			assertThat(statuses).filteredOn((status) -> status == 201).hasSize(1);
			assertThat(statuses).filteredOn((status) -> status == 409).hasSize(writers - 1);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void createUnderAnUnknownAssistantNameShouldReturn404() {
		create("no-such-assistant", "orphan").then()
			.statusCode(404)
			.body("code", equalTo(20404))
			.body("message", equalTo("The requested resource /Assistants/no-such-assistant/Webhooks was not found"))
			.body("more_info", equalTo("https://www.twilio.com/docs/errors/20404"));
	}

	@Test
	void createUnderAFreshAssistantSidShouldRegisterIt() {
		String assistant = "UA" + "ab".repeat(16);
		create(assistant, "first-use").then().statusCode(201).body("assistant_sid", equalTo(assistant));
	}

	@Test
	void createShouldNormaliseAnUpperCaseAssistantSid() {
		create("UA" + "CD".repeat(16), "upper").then()
			.statusCode(201)
			.body("assistant_sid", equalTo("UA" + "cd".repeat(16)));
	}

	@Test
	void createWithJsonBodyShouldReturn415() {
		RestAssured.given()
			.contentType(ContentType.JSON)
			.body("{\"UniqueName\":\"json\"}")
			.post("/v1/Assistants/{assistant}/Webhooks", ASSISTANT)
			.then()
			.statusCode(415)
			.contentType(ContentType.JSON)
			.body("code", equalTo(415))
			.body("status", equalTo(415));
	}

	@Test
	void createWithMalformedEncodingShouldReturn400() {
		RestAssured.given()
			.contentType("application/x-www-form-urlencoded")
			.body("UniqueName=%zz&Events=onDialogueStart&WebhookUrl=https%3A%2F%2Fexample.com")
			.post("/v1/Assistants/{assistant}/Webhooks", ASSISTANT)
			.then()
			.statusCode(400)
			.body("code", equalTo(20001))
			.body("message", equalTo("Malformed request parameters: not percent-encoded UTF-8"));
	}

	@Test
	void createWithOversizedBodyShouldReturn413() {
		RestAssured.given()
			.contentType("application/x-www-form-urlencoded")
			.body("UniqueName=" + "x".repeat(3 * 1024 * 1024))
			.post("/v1/Assistants/{assistant}/Webhooks", ASSISTANT)
			.then()
			.statusCode(413)
			.body("code", equalTo(413))
			.body("status", equalTo(413));
	}

	@Test
	void unknownPathShouldReturnTwilio404() {
		RestAssured.given()
			.get("/v1/Assistants/{assistant}/Nope", ASSISTANT)
			.then()
			.statusCode(404)
			.contentType(ContentType.JSON)
			.body("code", equalTo(20404))
			.body("message", equalTo("The requested resource /Assistants/" + ASSISTANT + "/Nope was not found"));
		RestAssured.given()
			.get("/")
			.then()
			.statusCode(404)
			.body("message", equalTo("The requested resource / was not found"));
	}

	@Test
	void wrongMethodShouldReturnTwilio405() {
		RestAssured.given()
			.put("/v1/Assistants/{assistant}/Webhooks", ASSISTANT)
			.then()
			.statusCode(405)
			.contentType(ContentType.JSON)
			.body("code", equalTo(20004))
			.body("message", equalTo("Method not allowed"))
			.body("status", equalTo(405));
	}

	@Test
	void errorsShouldBeJsonWhateverTheAcceptHeader() {
		RestAssured.given()
			.accept("text/html")
			.get("/v1/nothing-here")
			.then()
			.statusCode(404)
			.contentType(ContentType.JSON)
			.body("code", equalTo(20404));
	}

	@Test
	void requestsTomcatRefusesShouldStillGetTwilioBodies() {
		RestAssured.given()
			.urlEncodingEnabled(false)
			.get("/v1/Assistants/a%2Fb/Webhooks")
			.then()
			.statusCode(400)
			.contentType(ContentType.JSON)
			.body("code", equalTo(20001))
			.body("status", equalTo(400));
		RestAssured.given()
			.header("X-Padding", "p".repeat(70 * 1024))
			.get("/v1/Assistants/{assistant}/Webhooks", ASSISTANT)
			.then()
			.statusCode(400)
			.contentType(ContentType.JSON)
			.body("code", equalTo(20001));
	}

	@Test
	void healthShouldBeUp() {
		RestAssured.get("/actuator/health/liveness").then().statusCode(200).body("status", equalTo("UP"));
		RestAssured.get("/actuator/health/readiness").then().statusCode(200).body("status", equalTo("UP"));
	}

	@Test
	void sidShapedResponseFieldsShouldMatchTwilioPatterns() {
		create(ASSISTANT, "patterns").then()
			.statusCode(201)
			.body("sid", matchesPattern("UM[0-9a-f]{32}"))
			.body("assistant_sid", matchesPattern("UA[0-9a-f]{32}"))
			.body("account_sid", matchesPattern("AC[0-9a-f]{32}"));
	}

}
