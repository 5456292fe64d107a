package io.autopilotmock.journal;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The journal in strict mode with an admin token: an account's credentials read and clear
 * that account's requests only, the token any scope, anyone else nothing.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = {
				"autopilot-mock.auth.mode=strict", "autopilot-mock.auth.credentials=" + JournalStrictApiTests.A
						+ ":token-a," + JournalStrictApiTests.B + ":token-b",
				"autopilot-mock.admin.token=" + JournalStrictApiTests.ADMIN_TOKEN })
class JournalStrictApiTests {

	static final String A = "AC000000000000000000000000000a11b0";

	static final String B = "AC000000000000000000000000000b11b0";

	static final String ADMIN_TOKEN = "admin-s3cret";

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
		as(A, "token-a").get("/v1/Assistants").then().statusCode(200);
		as(B, "token-b").get("/v1/Assistants").then().statusCode(200);
		as(B, "token-b").post("/v1/Assistants").then().statusCode(201);
		as(A, "token-a").get("/__admin/requests")
			.then()
			.statusCode(200)
			.body("total", equalTo(1))
			.body("requests[0].account_sid", equalTo(A));
		as(A, "token-a").get("/__admin/requests?account_sid={b}", B)
			.then()
			.statusCode(403)
			.body("code", equalTo(20403))
			.body("status", equalTo(403));
		as(A, "token-a").delete("/__admin/requests?account_sid={b}", B).then().statusCode(403);
		as(A, "token-a").delete("/__admin/requests").then().statusCode(200).body("deleted", equalTo(1));
		as(B, "token-b").get("/__admin/requests").then().body("total", equalTo(2));
	}

	@Test
	void theTokenShouldSeeEveryScopeAndRefusedRequestsToo() {
		as(A, "token-a").get("/v1/Assistants").then().statusCode(200);
		RestAssured.given().auth().preemptive().basic(A, "token-b").get("/v1/Assistants").then().statusCode(401);
		asAdmin().get("/__admin/requests?account_sid={b}", B).then().body("total", equalTo(0));
		asAdmin().get("/__admin/requests?account_sid={a}", A).then().body("total", equalTo(1));
		String all = asAdmin().get("/__admin/requests").then().body("total", equalTo(2)).extract().asString();
		// The refused request acted for no account: only the whole journal shows it.
		assertThat(all).contains("\"account_sid\":null").doesNotContain("token-b").doesNotContain(ADMIN_TOKEN);
		as(A, "token-a").get("/__admin/requests").then().body("total", equalTo(1));
	}

	@Test
	void theTokenShouldNotBeTakenForAnApiCredential() {
		asAdmin().get("/v1/Assistants").then().statusCode(401);
		asAdmin().get("/__admin/requests").then().body("requests[0].status", equalTo(401));
	}

	private static RequestSpecification as(String account, String token) {
		return RestAssured.given().auth().preemptive().basic(account, token);
	}

	static RequestSpecification asAdmin() {
		return RestAssured.given().header("Authorization", "Bearer " + ADMIN_TOKEN);
	}

}
