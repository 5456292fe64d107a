package io.autopilotmock.twilio;

import java.util.List;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * Every setting of the configuration table away from its default, over real HTTP: what a
 * user who sets them sees on the wire.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "autopilot-mock.public-base-url=https://mock.example.com/twilio/",
				"autopilot-mock.date-format=iso8601", "autopilot-mock.auto-create-assistants=false",
				"autopilot-mock.lenient-events=true" })
@Import(FixedClockConfiguration.class)
class NonDefaultSettingsApiTests {

	/** The default account of this context: no other class's, no earlier run's. */
	private static final String ACCOUNT = TestAccounts.fresh();

	private static final String BASE = "https://mock.example.com/twilio";

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void defaultAccount(DynamicPropertyRegistry registry) {
		registry.add("autopilot-mock.default-account-sid", () -> ACCOUNT);
	}

	@BeforeEach
	void setUp() {
		RestAssured.port = this.port;
	}

	@Test
	void aRequestWithoutCredentialsShouldActForTheConfiguredDefaultAccount() {
		String assistant = createAssistant("default-account");
		RestAssured.get("/v1/Assistants/" + assistant).then().statusCode(200).body("account_sid", equalTo(ACCOUNT));
	}

	@Test
	void datesShouldBeExactlyIso8601() {
		String assistant = createAssistant("iso-dates");
		String body = form().formParam("UniqueName", "iso")
			.formParam("Events", "onDialogueStart")
			.formParam("WebhookUrl", "https://example.com")
			.post("/v1/Assistants/" + assistant + "/Webhooks")
			.then()
			.statusCode(201)
			.extract()
			.asString();
		assertThat(body).contains("\"date_created\":\"2023-05-04T09:42:00Z\"")
			.contains("\"date_updated\":\"2023-05-04T09:42:00Z\"");
	}

	@Test
	void thePublicBaseUrlShouldBeInEveryUrlMetaAndLink() {
		String assistant = createAssistant("public-base");
		String sid = form().formParam("UniqueName", "based")
			.formParam("Events", "onDialogueStart")
			.formParam("WebhookUrl", "https://example.com")
			.post("/v1/Assistants/" + assistant + "/Webhooks")
			.then()
			.statusCode(201)
			.body("url",
					equalTo(BASE + "/v1/Assistants/" + assistant + "/Webhooks/"
							+ form().get("/v1/Assistants/" + assistant + "/Webhooks/based").<String>path("sid")))
			.extract()
			.path("sid");
		form().formParam("UniqueName", "second")
			.formParam("Events", "onDialogueEnd")
			.formParam("WebhookUrl", "https://example.com")
			.post("/v1/Assistants/" + assistant + "/Webhooks")
			.then()
			.statusCode(201);
		String list = BASE + "/v1/Assistants/" + assistant + "/Webhooks";
		Response first = RestAssured.get("/v1/Assistants/" + assistant + "/Webhooks?PageSize=1");
		first.then()
			.statusCode(200)
			.body("meta.url", equalTo(list + "?PageSize=1&Page=0"))
			.body("meta.first_page_url", equalTo(list + "?PageSize=1&Page=0"))
			.body("meta.previous_page_url", equalTo(null))
			.body("webhooks[0].url", equalTo(list + "/" + sid));
		String next = first.path("meta.next_page_url");
		assertThat(next).isEqualTo(list + "?PageSize=1&Page=1&PageToken=PA" + sid);
		// The next page is read here, at the emulator's own address.
		Response second = RestAssured.given().urlEncodingEnabled(false).get(next.substring(BASE.length()));
		second.then()
			.statusCode(200)
			.body("meta.url", equalTo(next))
			.body("meta.previous_page_url", startsWith(list + "?PageSize=1&Page=0&PageToken=PB"))
			.body("webhooks[0].url", startsWith(list + "/UM"));
		RestAssured.get("/v1/Assistants/" + assistant)
			.then()
			.body("url", equalTo(BASE + "/v1/Assistants/" + assistant))
			.body("links.webhooks", equalTo(BASE + "/v1/Assistants/" + assistant + "/Webhooks"));
		RestAssured.get("/v1/Assistants?PageSize=1000")
			.then()
			.body("meta.url", equalTo(BASE + "/v1/Assistants?PageSize=1000&Page=0"));
	}

	@Test
	void withoutAutoCreationAnUnknownAssistantSidShouldBe404ForEveryOperation() {
		String unknown = TestAccounts.freshAssistant();
		String webhooks = "/v1/Assistants/" + unknown + "/Webhooks";
		List<Response> answers = List.of(
				form().formParam("UniqueName", "x")
					.formParam("Events", "onDialogueStart")
					.formParam("WebhookUrl", "https://example.com")
					.post(webhooks),
				RestAssured.get(webhooks), RestAssured.get(webhooks + "?PageSize=1&Page=2"),
				RestAssured.given()
					.urlEncodingEnabled(false)
					.get(webhooks + "?PageSize=1&Page=1&PageToken=PAUM" + "0".repeat(32)),
				RestAssured.get(webhooks + "/x"), form().formParam("Events", "onDialogueEnd").post(webhooks + "/x"),
				RestAssured.delete(webhooks + "/x"));
		for (Response answer : answers) {
			answer.then()
				.statusCode(404)
				.body("code", equalTo(20404))
				.body("status", equalTo(404))
				.body("more_info", equalTo("https://www.twilio.com/docs/errors/20404"));
		}
		assertThat(answers.get(0).<String>path("message"))
			.isEqualTo("The requested resource /Assistants/" + unknown + "/Webhooks was not found");
	}

	@Test
	void lenientEventsShouldAcceptAnyTokenAsSent() {
		String assistant = createAssistant("lenient");
		form().formParam("UniqueName", "lenient")
			.formParam("Events", "onSomethingNew  custom_event")
			.formParam("WebhookUrl", "https://example.com")
			.post("/v1/Assistants/" + assistant + "/Webhooks")
			.then()
			.statusCode(201)
			.body("events", equalTo("onSomethingNew  custom_event"));
		// Still text: control characters stay refused.
		form().formParam("UniqueName", "control")
			.formParam("Events", "on\u0007Bell")
			.formParam("WebhookUrl", "https://example.com")
			.post("/v1/Assistants/" + assistant + "/Webhooks")
			.then()
			.statusCode(400)
			.body("message", equalTo("Events must not contain control characters"));
	}

	/** An assistant made explicitly: auto-creation is off here. */
	private static String createAssistant(String uniqueName) {
		return form().formParam("UniqueName", uniqueName + "-" + System.nanoTime())
			.post("/v1/Assistants")
			.then()
			.statusCode(201)
			.extract()
			.path("sid");
	}

	private static io.restassured.specification.RequestSpecification form() {
		return RestAssured.given().contentType(ContentType.URLENC.withCharset("UTF-8"));
	}

}
