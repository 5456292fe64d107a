package io.autopilotmock.journal;

import io.autopilotmock.admin.StrictControlSurfaceTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static io.autopilotmock.admin.StrictControlSurface.A;
import static io.autopilotmock.admin.StrictControlSurface.ADMIN_TOKEN;
import static io.autopilotmock.admin.StrictControlSurface.B;
import static io.autopilotmock.admin.StrictControlSurface.B_PASSWORD;
import static io.autopilotmock.admin.StrictControlSurface.as;
import static io.autopilotmock.admin.StrictControlSurface.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The journal in strict mode with an admin token: an account's credentials read and clear
 * that account's requests only, the token any scope, anyone else nothing.
 */
@StrictControlSurfaceTest
class JournalStrictApiTests {

	@LocalServerPort
	int port;

	@BeforeEach
	void setUp() {
		RestAssured.port = this.port;
		asAdmin().delete("/__admin/requests").then().statusCode(200);
	}

	@Test
	void callersWithoutAccessShouldBe401() {
		for (RequestSpecification caller : new RequestSpecification[] { RestAssured.given(),
				RestAssured.given().header("Authorization", "Bearer wrong"),
				RestAssured.given().auth().preemptive().basic(A, "wrong") }) {
			caller.get("/__admin/requests")
				.then()
				.statusCode(401)
				.contentType(ContentType.JSON)
				.body("code", equalTo(20003))
				.body("message", equalTo("Authenticate"));
			caller.delete("/__admin/requests").then().statusCode(401).body("code", equalTo(20003));
		}
	}

	@Test
	void anAccountShouldSeeAndClearItsOwnRequestsOnly() {
		as(A).get("/v1/Assistants").then().statusCode(200);
		as(B).get("/v1/Assistants").then().statusCode(200);
		as(B).post("/v1/Assistants").then().statusCode(201);
		as(A).get("/__admin/requests")
			.then()
			.statusCode(200)
			.body("total", equalTo(1))
			.body("requests[0].account_sid", equalTo(A));
		as(A).get("/__admin/requests?account_sid={b}", B)
			.then()
			.statusCode(403)
			.body("code", equalTo(20403))
			.body("status", equalTo(403));
		as(A).delete("/__admin/requests?account_sid={b}", B).then().statusCode(403);
		as(A).delete("/__admin/requests").then().statusCode(200).body("deleted", equalTo(1));
		as(B).get("/__admin/requests").then().body("total", equalTo(2));
	}

	@Test
	void theTokenShouldSeeEveryScopeAndRefusedRequestsToo() {
		as(A).get("/v1/Assistants").then().statusCode(200);
		RestAssured.given().auth().preemptive().basic(A, B_PASSWORD).get("/v1/Assistants").then().statusCode(401);
		asAdmin().get("/__admin/requests?account_sid={b}", B).then().body("total", equalTo(0));
		asAdmin().get("/__admin/requests?account_sid={a}", A).then().body("total", equalTo(1));
		String all = asAdmin().get("/__admin/requests").then().body("total", equalTo(2)).extract().asString();
		// The refused request acted for no account: only the whole journal shows it.
		assertThat(all).contains("\"account_sid\":null").doesNotContain(B_PASSWORD).doesNotContain(ADMIN_TOKEN);
		as(A).get("/__admin/requests").then().body("total", equalTo(1));
	}

	@Test
	void theTokenShouldNotBeTakenForAnApiCredential() {
		asAdmin().get("/v1/Assistants").then().statusCode(401);
		asAdmin().get("/__admin/requests").then().body("requests[0].status", equalTo(401));
	}

}
