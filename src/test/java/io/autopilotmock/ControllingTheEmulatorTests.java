package io.autopilotmock;

import io.restassured.RestAssured;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/**
 * The control calls as a test uses them without the kit (docs/control-calls.md): reset in
 * {@code @BeforeEach}, then the journal asked what the code under test sent.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ControllingTheEmulatorTests {

	@LocalServerPort
	int port;

	@BeforeEach
	void resetTheEmulator() {
		RestAssured.baseURI = "http://localhost";
		RestAssured.port = this.port;
		given().post("/__admin/reset").then().statusCode(200);
	}

	@Test
	void setupShouldRegisterOneWebhook() {
		new WebhookSetup().run();

		given().queryParam("method", "POST")
			.queryParam("path", "/v1/Assistants/*/Webhooks")
			.get("/__admin/requests")
			.then()
			.body("total", equalTo(1))
			.body("requests[0].status", equalTo(201))
			.body("requests[0].parameters.UniqueName", equalTo("my-hook"));
	}

	@Test
	void eachTestShouldStartFromAnEmptyJournal() {
		given().get("/__admin/requests").then().body("total", equalTo(0));
	}

	/** The code under test: lists the assistants, then registers its webhook. */
	static class WebhookSetup {

		void run() {
			given().get("/v1/Assistants").then().statusCode(200);
			given().formParam("UniqueName", "my-hook")
				.formParam("Events", "onDialogueStart")
				.formParam("WebhookUrl", "https://example.com/hook")
				.post("/v1/Assistants/UA0123456789abcdef0123456789abcdef/Webhooks")
				.then()
				.statusCode(201);
		}

	}

}
