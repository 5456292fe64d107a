package io.autopilotmock.faults;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.hamcrest.Matchers.equalTo;

/**
 * Faults in strict mode with an admin token: an account's credentials make, see and
 * remove faults of their own account, which meet that account's requests only; the token
 * acts on any scope; anyone else is refused.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = {
				"autopilot-mock.auth.mode=strict", "autopilot-mock.auth.credentials=" + FaultStrictApiTests.A
						+ ":token-a," + FaultStrictApiTests.B + ":token-b",
				"autopilot-mock.admin.token=" + FaultStrictApiTests.ADMIN_TOKEN })
class FaultStrictApiTests {

	// The same settings as the journal's strict tests: one application for both.
	static final String A = "AC000000000000000000000000000a11b0";

	static final String B = "AC000000000000000000000000000b11b0";

	static final String ADMIN_TOKEN = "admin-s3cret";

	@LocalServerPort
	int port;

	@BeforeEach
	void setUp() {
		RestAssured.port = this.port;
		asAdmin().delete("/__admin/faults").then().statusCode(200);
	}

	@Test
	void callersWithoutAccessShouldBe401() {
		for (RequestSpecification caller : new RequestSpecification[] { RestAssured.given(),
				RestAssured.given().header("Authorization", "Bearer wrong"),
				RestAssured.given().auth().preemptive().basic(B, "token-a") }) {
			caller.contentType(ContentType.JSON)
				.body("{\"status\": 500}")
				.post("/__admin/faults")
				.then()
				.statusCode(401)
				.contentType(ContentType.JSON)
				.body("code", equalTo(20003));
			caller.get("/__admin/faults").then().statusCode(401);
			caller.delete("/__admin/faults").then().statusCode(401);
			caller.delete("/__admin/faults/1").then().statusCode(401);
		}
		// Even a malformed body is not read for a refused caller.
		RestAssured.given().contentType(ContentType.JSON).body("{").post("/__admin/faults").then().statusCode(401);
		asAdmin().get("/__admin/faults").then().body("faults.size()", equalTo(0));
	}

	@Test
	void anAccountsFaultShouldMeetThatAccountsRequestsOnly() {
		as(A, "token-a").contentType(ContentType.JSON)
			.body("{\"status\": 500}")
			.post("/__admin/faults")
			.then()
			.statusCode(201)
			.body("account_sid", equalTo(A));
		as(A, "token-a").get("/v1/Assistants").then().statusCode(500);
		as(B, "token-b").get("/v1/Assistants").then().statusCode(200);
		RestAssured.get("/v1/Assistants").then().statusCode(401); // refused callers have
																	// no account
	}

	@Test
	void anAccountShouldNotReachAnotherAccountsFaults() {
		int theirs = as(B, "token-b").contentType(ContentType.JSON)
			.body("{\"status\": 500, \"path\": \"/v1/Nowhere\"}")
			.post("/__admin/faults")
			.path("id");
		as(A, "token-a").contentType(ContentType.JSON)
			.body("{\"status\": 500, \"account_sid\": \"" + B + "\"}")
			.post("/__admin/faults")
			.then()
			.statusCode(403)
			.body("code", equalTo(20403));
		as(A, "token-a").get("/__admin/faults").then().statusCode(200).body("faults.size()", equalTo(0));
		as(A, "token-a").get("/__admin/faults/{id}", theirs).then().statusCode(404);
		as(A, "token-a").delete("/__admin/faults/{id}", theirs).then().statusCode(404);
		as(A, "token-a").delete("/__admin/faults").then().statusCode(200).body("deleted", equalTo(0));
		as(B, "token-b").get("/__admin/faults").then().body("faults.size()", equalTo(1));
	}

	@Test
	void theTokenShouldActOnAnyScopeAndItsFaultsMeetEveryone() {
		asAdmin().contentType(ContentType.JSON)
			.body("{\"status\": 503, \"path\": \"/v1/Assistants\", \"account_sid\": \"" + B + "\"}")
			.post("/__admin/faults")
			.then()
			.statusCode(201)
			.body("account_sid", equalTo(B));
		asAdmin().contentType(ContentType.JSON)
			.body("{\"status\": 502, \"path\": \"/v1/Assistants/*\"}")
			.post("/__admin/faults")
			.then()
			.statusCode(201)
			.body("account_sid", equalTo(null));
		as(B, "token-b").get("/v1/Assistants").then().statusCode(503);
		as(A, "token-a").get("/v1/Assistants").then().statusCode(200);
		as(A, "token-a").get("/v1/Assistants/x").then().statusCode(502);
		RestAssured.get("/v1/Assistants/x").then().statusCode(502);
		// An account sees neither the faults for every account nor can it remove them.
		as(A, "token-a").get("/__admin/faults").then().body("faults.size()", equalTo(0));
		asAdmin().get("/__admin/faults?account_sid={b}", B).then().body("faults.size()", equalTo(1));
		asAdmin().delete("/__admin/faults").then().body("deleted", equalTo(2));
	}

	private static RequestSpecification as(String account, String token) {
		return RestAssured.given().auth().preemptive().basic(account, token);
	}

	private static RequestSpecification asAdmin() {
		return RestAssured.given().header("Authorization", "Bearer " + ADMIN_TOKEN);
	}

}
