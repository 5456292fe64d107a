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

import org.springframework.boot.test.web.server.LocalServerPort;

import static io.autopilotmock.admin.StrictControlSurface.A;
import static io.autopilotmock.admin.StrictControlSurface.ADMIN_TOKEN;
import static io.autopilotmock.admin.StrictControlSurface.B;
import static io.autopilotmock.admin.StrictControlSurface.as;
import static io.autopilotmock.admin.StrictControlSurface.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * The control calls in strict mode with an admin token, over real HTTP: an account's
 * credentials act on that account only, the token on any scope, anyone else gets 401.
 */
@StrictControlSurfaceTest
class ControlSurfaceStrictApiTests {

	private static final String ASSISTANT = "UA000000000000000000000000000000a1";

	private static final String STATE = """
			{"accounts": [{"account_sid": "%s", "assistants": [{"sid": "%s", "unique_name": "bot"}]}]}""";

	@LocalServerPort
	int port;

	@BeforeEach
	void setUp() {
		RestAssured.port = this.port;
		asAdmin().post("/__admin/reset").then().statusCode(200);
	}

	@AfterEach
	void realTime() {
		asAdmin().delete("/__admin/clock").then().statusCode(200);
	}

	@Test
	void everyCallWithoutCredentialsOrWithWrongOnesShouldBe401() {
		List<RequestSpecification> callers = List.of(RestAssured.given(),
				RestAssured.given().header("Authorization", "Bearer wrong"),
				RestAssured.given().header("Authorization", "Bearer"),
				RestAssured.given().auth().preemptive().basic(A, "wrong"),
				RestAssured.given().auth().preemptive().basic(ADMIN_TOKEN, ADMIN_TOKEN));
		for (RequestSpecification caller : callers) {
			for (Response response : everyCall(caller)) {
				response.then()
					.statusCode(401)
					.contentType(ContentType.JSON)
					.header("WWW-Authenticate", "Basic realm=\"Twilio API\"")
					.body("code", equalTo(20003))
					.body("message", equalTo("Authenticate"))
					.body("status", equalTo(401));
				assertThat(response.asString()).doesNotContain(ADMIN_TOKEN);
			}
		}
	}

	@Test
	void accountCredentialsShouldActOnTheirOwnAccountOnly() {
		as(A).formParam("UniqueName", "hook-a1")
			.formParam("Events", "onDialogueStart")
			.formParam("WebhookUrl", "https://example.com")
			.post("/v1/Assistants/{a}/Webhooks", ASSISTANT)
			.then()
			.statusCode(201);
		as(B).formParam("UniqueName", "hook-a2")
			.formParam("Events", "onDialogueStart")
			.formParam("WebhookUrl", "https://example.com")
			.post("/v1/Assistants/{a}/Webhooks", ASSISTANT)
			.then()
			.statusCode(201);
		as(A).get("/__admin/state").then().statusCode(200).body("accounts.account_sid", equalTo(List.of(A)));
		assertForbidden(as(A).queryParam("account_sid", B).get("/__admin/state"));
		assertForbidden(as(A).queryParam("account_sid", B).post("/__admin/reset"));
		assertForbidden(as(A).queryParam("account_sid", B)
			.contentType(ContentType.JSON)
			.body(STATE.formatted(B, ASSISTANT))
			.put("/__admin/state"));
		as(A).post("/__admin/reset")
			.then()
			.statusCode(200)
			.body("account_sid", equalTo(A))
			.body("deleted.webhooks", equalTo(1));
		as(B).get("/v1/Assistants/{a}/Webhooks/hook-a2", ASSISTANT).then().statusCode(200);
	}

	@Test
	void accountCredentialsShouldNotImportIntoAnotherAccount() {
		as(A).contentType(ContentType.JSON)
			.body(STATE.formatted(B, ASSISTANT))
			.put("/__admin/state")
			.then()
			.statusCode(400)
			.body("message", equalTo("accounts[0].account_sid: " + B + " is outside this call's scope, " + A));
		as(A).contentType(ContentType.JSON)
			.body(STATE.formatted(A, ASSISTANT))
			.put("/__admin/state")
			.then()
			.statusCode(200);
		as(A).get("/v1/Assistants/bot").then().statusCode(200).body("sid", equalTo(ASSISTANT));
	}

	@Test
	void accountCredentialsShouldReadTheClockButNotSetIt() {
		as(A).get("/__admin/clock").then().statusCode(200).body("frozen", equalTo(false));
		assertForbidden(
				as(A).contentType(ContentType.JSON).body("{\"time\": \"2023-05-04T09:42:00Z\"}").put("/__admin/clock"));
		assertForbidden(as(A).delete("/__admin/clock"));
		asAdmin().contentType(ContentType.JSON)
			.body("{\"time\": \"2023-05-04T09:42:00Z\"}")
			.put("/__admin/clock")
			.then()
			.statusCode(200)
			.body("frozen", equalTo(true));
		as(A).get("/__admin/clock").then().body("time", equalTo("2023-05-04T09:42:00Z"));
	}

	@Test
	void theTokenShouldActOnAnyScope() {
		as(A).post("/v1/Assistants").then().statusCode(201);
		as(B).post("/v1/Assistants").then().statusCode(201);
		asAdmin().queryParam("account_sid", B).post("/__admin/reset").then().body("account_sid", equalTo(B));
		as(A).get("/v1/Assistants").then().body("assistants.size()", equalTo(1));
		asAdmin().contentType(ContentType.JSON)
			.body(STATE.formatted(A, ASSISTANT))
			.put("/__admin/state")
			.then()
			.statusCode(200);
		asAdmin().get("/__admin/state").then().body("accounts.account_sid", equalTo(List.of(A)));
		asAdmin().post("/__admin/reset")
			.then()
			.statusCode(200)
			.body("account_sid", nullValue())
			.body("deleted.assistants", equalTo(1));
	}

	@Test
	void malformedAccountSidShouldBe400BeforeAnything() {
		as(A).queryParam("account_sid", "not-a-sid")
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

}
