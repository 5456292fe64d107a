package io.autopilotmock.admin;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Open mode with an admin token set, over real HTTP: the API stays open, the control
 * surface requires the token.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "autopilot-mock.admin.token=open-s3cret")
class ControlSurfaceTokenApiTests {

	private static final String ACCOUNT = "AC000000000000000000000000000000b1";

	@LocalServerPort
	int port;

	@BeforeEach
	void setUp() {
		RestAssured.port = this.port;
	}

	@Test
	void controlCallsShouldRequireTheToken() {
		RestAssured.given().auth().preemptive().basic(ACCOUNT, "x").post("/v1/Assistants").then().statusCode(201);
		for (String path : new String[] { "/__admin/state", "/__admin/clock" }) {
			RestAssured.get(path).then().statusCode(401).body("code", equalTo(20003));
			RestAssured.given()
				.auth()
				.preemptive()
				.basic(ACCOUNT, "x")
				.get(path)
				.then()
				.statusCode(401)
				.body("code", equalTo(20003));
			String body = RestAssured.given().header("Authorization", "Bearer open-s3cret-not").get(path).asString();
			assertThat(body).doesNotContain("open-s3cret");
		}
		RestAssured.given()
			.header("Authorization", "Bearer open-s3cret")
			.queryParam("account_sid", ACCOUNT)
			.post("/__admin/reset")
			.then()
			.statusCode(200)
			.contentType(ContentType.JSON)
			.body("account_sid", equalTo(ACCOUNT))
			.body("deleted.assistants", equalTo(1));
	}

}
