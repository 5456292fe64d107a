package io.autopilotmock.twilio;

import java.util.List;
import java.util.function.Supplier;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Strict mode over real HTTP: every operation of both resources refuses what is not a
 * configured credential pair, with Twilio's 401, and never a 5xx.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "autopilot-mock.auth.mode=strict",
				"autopilot-mock.auth.credentials=AC0123456789abcdef0123456789abcdef:s3cret-token,"
						+ "SK0123456789abcdef0123456789abcdef:k3y-secret:AC0123456789abcdef0123456789abcdef" })
class StrictAuthApiTests {

	private static final String ACCOUNT = "AC0123456789abcdef0123456789abcdef";

	/**
	 * This class's own assistant and names, so that a reused database cannot interfere.
	 */
	private static final String ASSISTANT = "UA%032x".formatted(System.nanoTime());

	@LocalServerPort
	int port;

	@Autowired
	AutopilotMockProperties properties;

	@BeforeEach
	void setUp() {
		RestAssured.port = this.port;
	}

	@Test
	void everyOperationWithoutCredentialsShouldBe401() {
		for (Response response : everyOperation(RestAssured::given)) {
			assertUnauthorized(response);
		}
	}

	@Test
	void everyOperationWithMalformedCredentialsShouldBe401() {
		for (String header : AccountResolverTests.MALFORMED) {
			for (Response response : everyOperation(() -> RestAssured.given().header("Authorization", header))) {
				assertUnauthorized(response);
			}
		}
	}

	@Test
	void unmatchedPathsAndMethodsWithoutCredentialsShouldBe401NotAHintOfWhatExists() {
		String webhooks = "/v1/Assistants/" + ASSISTANT + "/Webhooks";
		assertUnauthorized(RestAssured.given().put(webhooks));
		assertUnauthorized(RestAssured.given().patch(webhooks + "/x"));
		assertUnauthorized(RestAssured.given().put("/v1/Assistants"));
		assertUnauthorized(RestAssured.given().get("/v1/Nope"));
		assertUnauthorized(RestAssured.given().get("/v1"));
		assertUnauthorized(RestAssured.given().contentType(ContentType.JSON).body("{}").post(webhooks));
		assertUnauthorized(RestAssured.given().header("Authorization", "Basic %%%").delete("/v1/Nope/x"));
	}

	@Test
	void theErrorPageOutsideTheApiShouldStayTwilioShaped() {
		RestAssured.get("/nope")
			.then()
			.statusCode(404)
			.body("code", equalTo(20404))
			.body("message", equalTo("The requested resource /nope was not found"));
	}

	@Test
	void refusedSecretsShouldNotBeEchoed() {
		// A configured secret under the wrong username, and a wrong one under a
		// configured
		// username: neither answer may repeat what was sent.
		Response swapped = RestAssured.given()
			.auth()
			.preemptive()
			.basic("AC11111111111111111111111111111111", "s3cret-token")
			.get("/v1/Assistants");
		assertUnauthorized(swapped);
		Response guessed = RestAssured.given()
			.auth()
			.preemptive()
			.basic(ACCOUNT, "guess-k3y-secret")
			.get("/v1/Assistants/x");
		assertUnauthorized(guessed);
		assertThat(guessed.asString()).doesNotContain("guess").doesNotContain(ACCOUNT);
	}

	@Test
	void wrongSecretShouldBe401() {
		assertUnauthorized(RestAssured.given().auth().preemptive().basic(ACCOUNT, "wrong").get("/v1/Assistants"));
		assertUnauthorized(RestAssured.given()
			.auth()
			.preemptive()
			.basic("SK0123456789abcdef0123456789abcdef", "s3cret-token")
			.get("/v1/Assistants"));
	}

	@Test
	void configuredAccountShouldPass() {
		String sid = authorized().formParam("UniqueName", "strict-hook-" + System.nanoTime())
			.formParam("Events", "onDialogueStart")
			.formParam("WebhookUrl", "https://example.com")
			.post("/v1/Assistants/{assistant}/Webhooks", ASSISTANT)
			.then()
			.statusCode(201)
			.body("account_sid", equalTo(ACCOUNT))
			.extract()
			.path("sid");
		authorized().get("/v1/Assistants/{assistant}/Webhooks/{sid}", ASSISTANT, sid).then().statusCode(200);
	}

	@Test
	void apiKeyShouldActForItsAccount() {
		String sid = authorized().formParam("UniqueName", "by-key-" + System.nanoTime())
			.formParam("Events", "onDialogueStart")
			.formParam("WebhookUrl", "https://example.com")
			.post("/v1/Assistants/{assistant}/Webhooks", ASSISTANT)
			.then()
			.statusCode(201)
			.extract()
			.path("sid");
		RestAssured.given()
			.auth()
			.preemptive()
			.basic("SK0123456789abcdef0123456789abcdef", "k3y-secret")
			.get("/v1/Assistants/{assistant}/Webhooks/{sid}", ASSISTANT, sid)
			.then()
			.statusCode(200)
			.body("account_sid", equalTo(ACCOUNT));
	}

	@Test
	void healthShouldStayOpenAndNothingElseOfTheActuatorBeExposed() {
		RestAssured.get("/actuator/health/readiness").then().statusCode(200).body("status", equalTo("UP"));
		for (String endpoint : List.of("/actuator/env", "/actuator/configprops", "/actuator/beans")) {
			RestAssured.get(endpoint)
				.then()
				.statusCode(404)
				.body("code", equalTo(20404))
				.body("message", equalTo("The requested resource " + endpoint + " was not found"));
		}
		// What configprops would show were it exposed: the settings hold API-key secrets
		// as digests only.
		assertThat(this.properties.auth().credentials()).hasSize(2)
			.allSatisfy((entry) -> assertThat(entry).doesNotContain("k3y-secret"));
	}

	/** Every operation, each from a fresh request so that none carries another's form. */
	private static List<Response> everyOperation(Supplier<RequestSpecification> request) {
		String webhooks = "/v1/Assistants/" + ASSISTANT + "/Webhooks";
		Supplier<RequestSpecification> form = () -> request.get().contentType(ContentType.URLENC);
		return List.of(form.get().formParam("FriendlyName", "x").post("/v1/Assistants"),
				form.get().get("/v1/Assistants"), form.get().get("/v1/Assistants/" + ASSISTANT),
				form.get().post("/v1/Assistants/" + ASSISTANT), form.get().delete("/v1/Assistants/" + ASSISTANT),
				form.get()
					.formParam("UniqueName", "x")
					.formParam("Events", "onDialogueStart")
					.formParam("WebhookUrl", "https://example.com")
					.post(webhooks),
				form.get().get(webhooks), form.get().get(webhooks + "/x"), form.get().post(webhooks + "/x"),
				form.get().delete(webhooks + "/x"));
	}

	private static void assertUnauthorized(Response response) {
		response.then()
			.statusCode(401)
			.contentType(ContentType.JSON)
			.header("WWW-Authenticate", "Basic realm=\"Twilio API\"")
			.body("code", equalTo(20003))
			.body("message", equalTo("Authenticate"))
			.body("status", equalTo(401))
			.body("more_info", equalTo("https://www.twilio.com/docs/errors/20003"));
		assertThat(response.asString()).doesNotContain("s3cret").doesNotContain("k3y-secret");
	}

	private static RequestSpecification authorized() {
		return RestAssured.given().contentType(ContentType.URLENC).auth().preemptive().basic(ACCOUNT, "s3cret-token");
	}

}
