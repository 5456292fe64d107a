package io.autopilotmock.twilio;

import java.util.List;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

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

	private static final String ASSISTANT = "UA00000000000000000000000000000401";

	@LocalServerPort
	int port;

	@BeforeEach
	void setUp() {
		RestAssured.port = this.port;
	}

	@Test
	void everyOperationWithoutCredentialsShouldBe401() {
		for (Response response : everyOperation(RestAssured.given())) {
			assertUnauthorized(response);
		}
	}

	@Test
	void everyOperationWithMalformedCredentialsShouldBe401() {
		for (String header : AccountResolverTests.MALFORMED) {
			for (Response response : everyOperation(RestAssured.given().header("Authorization", header))) {
				assertUnauthorized(response);
			}
		}
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
		String sid = authorized().formParam("UniqueName", "strict-hook")
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
		String sid = authorized().formParam("UniqueName", "by-key")
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
		RestAssured.get("/actuator/health/readiness").then().statusCode(200);
		for (String endpoint : List.of("/actuator/env", "/actuator/configprops", "/actuator/beans")) {
			RestAssured.get(endpoint)
				.then()
				.statusCode(404)
				.body(not(containsString("s3cret")))
				.body(not(containsString("k3y-secret")));
		}
		RestAssured.get("/actuator/health").then().body(not(containsString("s3cret")));
	}

	private static List<Response> everyOperation(RequestSpecification request) {
		String webhooks = "/v1/Assistants/" + ASSISTANT + "/Webhooks";
		RequestSpecification form = request.contentType(ContentType.URLENC);
		return List.of(form.post("/v1/Assistants"), form.get("/v1/Assistants"), form.get("/v1/Assistants/" + ASSISTANT),
				form.post("/v1/Assistants/" + ASSISTANT), form.delete("/v1/Assistants/" + ASSISTANT),
				form.formParam("UniqueName", "x").post(webhooks), form.get(webhooks), form.get(webhooks + "/x"),
				form.post(webhooks + "/x"), form.delete(webhooks + "/x"));
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
