package io.autopilotmock.admin;

import java.util.List;
import java.util.function.Function;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * The control calls in strict mode with an admin token, over real HTTP: an account's
 * credentials act on that account only, the token on any scope, anyone else gets 401.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "autopilot-mock.auth.mode=strict",
				"autopilot-mock.auth.credentials=AC000000000000000000000000000000a1:token-a1,"
						+ "AC000000000000000000000000000000a2:token-a2",
				"autopilot-mock.admin.token=s3cret-admin" })
class ControlSurfaceStrictApiTests {

	private static final String A1 = "AC000000000000000000000000000000a1";

	private static final String A2 = "AC000000000000000000000000000000a2";

	private static final String ASSISTANT = "UA000000000000000000000000000000a1";

	private static final String STATE = """
			{"accounts": [{"account_sid": "%s", "assistants": [{"sid": "%s", "unique_name": "bot"}]}]}""";

	@LocalServerPort
	int port;

	@BeforeEach
	void setUp() {
		RestAssured.port = this.port;
		admin().post("/__admin/reset").then().statusCode(200);
	}

	@AfterEach
	void realTime() {
		admin().delete("/__admin/clock").then().statusCode(200);
	}

	@Test
	void everyCallWithoutCredentialsOrWithWrongOnesShouldBe401() {
		List<RequestSpecification> callers = List.of(RestAssured.given(),
				RestAssured.given().header("Authorization", "Bearer wrong"),
				RestAssured.given().header("Authorization", "Bearer"),
				RestAssured.given().auth().preemptive().basic(A1, "wrong"),
				RestAssured.given().auth().preemptive().basic("s3cret-admin", "s3cret-admin"));
		for (RequestSpecification caller : callers) {
			for (Response response : everyCall(caller)) {
				response.then()
					.statusCode(401)
					.contentType(ContentType.JSON)
					.header("WWW-Authenticate", "Basic realm=\"Twilio API\"")
					.body("code", equalTo(20003))
					.body("message", equalTo("Authenticate"))
					.body("status", equalTo(401));
				assertThat(response.asString()).doesNotContain("s3cret-admin");
			}
		}
	}

	@Test
	void accountCredentialsShouldActOnTheirOwnAccountOnly() {
		api(A1).formParam("UniqueName", "hook-a1")
			.formParam("Events", "onDialogueStart")
			.formParam("WebhookUrl", "https://example.com")
			.post("/v1/Assistants/{a}/Webhooks", ASSISTANT)
			.then()
			.statusCode(201);
		api(A2).formParam("UniqueName", "hook-a2")
			.formParam("Events", "onDialogueStart")
			.formParam("WebhookUrl", "https://example.com")
			.post("/v1/Assistants/{a}/Webhooks", ASSISTANT)
			.then()
			.statusCode(201);
		api(A1).get("/__admin/state").then().statusCode(200).body("accounts.account_sid", equalTo(List.of(A1)));
		assertForbidden(api(A1).queryParam("account_sid", A2).get("/__admin/state"));
		assertForbidden(api(A1).queryParam("account_sid", A2).post("/__admin/reset"));
		assertForbidden(api(A1).queryParam("account_sid", A2)
			.contentType(ContentType.JSON)
			.body(STATE.formatted(A2, ASSISTANT))
			.put("/__admin/state"));
		api(A1).post("/__admin/reset")
			.then()
			.statusCode(200)
			.body("account_sid", equalTo(A1))
			.body("deleted.webhooks", equalTo(1));
		api(A2).get("/v1/Assistants/{a}/Webhooks/hook-a2", ASSISTANT).then().statusCode(200);
	}

	@Test
	void accountCredentialsShouldNotImportIntoAnotherAccount() {
		api(A1).contentType(ContentType.JSON)
			.body(STATE.formatted(A2, ASSISTANT))
			.put("/__admin/state")
			.then()
			.statusCode(400)
			.body("message", equalTo("accounts[0].account_sid: " + A2 + " is outside this call's scope, " + A1));
		api(A1).contentType(ContentType.JSON)
			.body(STATE.formatted(A1, ASSISTANT))
			.put("/__admin/state")
			.then()
			.statusCode(200);
		api(A1).get("/v1/Assistants/bot").then().statusCode(200).body("sid", equalTo(ASSISTANT));
	}

	@Test
	void accountCredentialsShouldReadTheClockButNotSetIt() {
		api(A1).get("/__admin/clock").then().statusCode(200).body("frozen", equalTo(false));
		assertForbidden(api(A1).contentType(ContentType.JSON)
			.body("{\"time\": \"2023-05-04T09:42:00Z\"}")
			.put("/__admin/clock"));
		assertForbidden(api(A1).delete("/__admin/clock"));
		admin().contentType(ContentType.JSON)
			.body("{\"time\": \"2023-05-04T09:42:00Z\"}")
			.put("/__admin/clock")
			.then()
			.statusCode(200)
			.body("frozen", equalTo(true));
		api(A1).get("/__admin/clock").then().body("time", equalTo("2023-05-04T09:42:00Z"));
	}

	@Test
	void theTokenShouldActOnAnyScope() {
		api(A1).post("/v1/Assistants").then().statusCode(201);
		api(A2).post("/v1/Assistants").then().statusCode(201);
		admin().queryParam("account_sid", A2).post("/__admin/reset").then().body("account_sid", equalTo(A2));
		api(A1).get("/v1/Assistants").then().body("assistants.size()", equalTo(1));
		admin().contentType(ContentType.JSON)
			.body(STATE.formatted(A1, ASSISTANT))
			.put("/__admin/state")
			.then()
			.statusCode(200);
		admin().get("/__admin/state").then().body("accounts.account_sid", equalTo(List.of(A1)));
		admin().post("/__admin/reset")
			.then()
			.statusCode(200)
			.body("account_sid", nullValue())
			.body("deleted.assistants", equalTo(1));
	}

	@Test
	void malformedAccountSidShouldBe400BeforeAnything() {
		api(A1).queryParam("account_sid", "not-a-sid")
			.post("/__admin/reset")
			.then()
			.statusCode(400)
			.body("code", equalTo(20001));
	}

	private static List<Response> everyCall(RequestSpecification caller) {
		List<Function<RequestSpecification, Response>> calls = List.of((c) -> c.post("/__admin/reset"),
				(c) -> c.get("/__admin/state"),
				(c) -> c.contentType(ContentType.JSON).body("{\"accounts\": []}").put("/__admin/state"),
				(c) -> c.get("/__admin/clock"),
				(c) -> c.contentType(ContentType.JSON).body("{\"advance\": \"PT1H\"}").put("/__admin/clock"),
				(c) -> c.delete("/__admin/clock"));
		return calls.stream().map((call) -> call.apply(caller)).toList();
	}

	private static void assertForbidden(Response response) {
		response.then()
			.statusCode(403)
			.contentType(ContentType.JSON)
			.body("code", equalTo(20403))
			.body("status", equalTo(403))
			.body("more_info", equalTo("https://www.twilio.com/docs/errors/20403"));
	}

	private static RequestSpecification api(String account) {
		return RestAssured.given().auth().preemptive().basic(account, "token-" + account.substring(32));
	}

	private static RequestSpecification admin() {
		return RestAssured.given().header("Authorization", "Bearer s3cret-admin");
	}

}
