package io.autopilotmock.faults;

import io.autopilotmock.admin.StrictControlSurfaceTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static io.autopilotmock.admin.StrictControlSurface.A;
import static io.autopilotmock.admin.StrictControlSurface.A_PASSWORD;
import static io.autopilotmock.admin.StrictControlSurface.B;
import static io.autopilotmock.admin.StrictControlSurface.as;
import static io.autopilotmock.admin.StrictControlSurface.asAdmin;
import static org.hamcrest.Matchers.equalTo;

/**
 * Faults in strict mode with an admin token: an account's credentials make, see and
 * remove faults of their own account, which meet that account's requests only; the token
 * acts on any scope; anyone else is refused.
 */
@StrictControlSurfaceTest
class FaultStrictApiTests {

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
				RestAssured.given().auth().preemptive().basic(B, A_PASSWORD) }) {
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
		as(A).contentType(ContentType.JSON)
			.body("{\"status\": 500}")
			.post("/__admin/faults")
			.then()
			.statusCode(201)
			.body("account_sid", equalTo(A));
		as(A).get("/v1/Assistants").then().statusCode(500);
		as(B).get("/v1/Assistants").then().statusCode(200);
		RestAssured.get("/v1/Assistants").then().statusCode(401); // refused callers have
																	// no account
	}

	@Test
	void anAccountShouldNotReachAnotherAccountsFaults() {
		int theirs = as(B).contentType(ContentType.JSON)
			.body("{\"status\": 500, \"path\": \"/v1/Nowhere\"}")
			.post("/__admin/faults")
			.path("id");
		as(A).contentType(ContentType.JSON)
			.body("{\"status\": 500, \"account_sid\": \"" + B + "\"}")
			.post("/__admin/faults")
			.then()
			.statusCode(403)
			.body("code", equalTo(20403));
		as(A).get("/__admin/faults").then().statusCode(200).body("faults.size()", equalTo(0));
		as(A).get("/__admin/faults/{id}", theirs).then().statusCode(404);
		as(A).delete("/__admin/faults/{id}", theirs).then().statusCode(404);
		as(A).delete("/__admin/faults").then().statusCode(200).body("deleted", equalTo(0));
		as(B).get("/__admin/faults").then().body("faults.size()", equalTo(1));
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
		as(B).get("/v1/Assistants").then().statusCode(503);
		as(A).get("/v1/Assistants").then().statusCode(200);
		as(A).get("/v1/Assistants/x").then().statusCode(502);
		RestAssured.get("/v1/Assistants/x").then().statusCode(502);
		// An account sees neither the faults for every account nor can it remove them.
		as(A).get("/__admin/faults").then().body("faults.size()", equalTo(0));
		asAdmin().get("/__admin/faults?account_sid={b}", B).then().body("faults.size()", equalTo(1));
		asAdmin().delete("/__admin/faults").then().body("deleted", equalTo(2));
	}

}
