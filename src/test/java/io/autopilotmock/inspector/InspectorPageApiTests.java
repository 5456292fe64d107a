package io.autopilotmock.inspector;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/**
 * The page and its files over real HTTP: served from the jar with a policy that runs only
 * them, open to anyone even in strict mode with an admin token (it holds no data), and
 * everything else under its path still answered in Twilio's shape.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "autopilot-mock.auth.mode=strict", "autopilot-mock.admin.token=inspect-me",
				"autopilot-mock.auth.credentials=AC0123456789abcdef0123456789abcdef:s3cret-token" })
class InspectorPageApiTests {

	@LocalServerPort
	int port;

	@BeforeEach
	void setUp() {
		RestAssured.port = this.port;
	}

	@Test
	void pageShouldBeServedAtBothAddressesWithoutCredentials() {
		for (String path : new String[] { "/__admin/", "/__admin" }) {
			RestAssured.get(path)
				.then()
				.statusCode(200)
				.contentType("text/html;charset=UTF-8")
				.header("Content-Security-Policy", InspectorController.CONTENT_SECURITY_POLICY)
				.header("X-Content-Type-Options", "nosniff")
				.header("Cache-Control", "no-cache")
				.body(containsString("<title>autopilot-mock inspector</title>"))
				.body(containsString("<script src=\"/__admin/inspector/app.js\" defer></script>"))
				.body(not(containsString("inspect-me")));
		}
	}

	@Test
	void scriptStyleSheetAndIconShouldBeServedWithTheirTypes() {
		RestAssured.get("/__admin/inspector/app.js")
			.then()
			.statusCode(200)
			.contentType("text/javascript;charset=UTF-8")
			.body(containsString("'use strict';"));
		RestAssured.get("/__admin/inspector/app.css")
			.then()
			.statusCode(200)
			.contentType("text/css;charset=UTF-8")
			.body(containsString(":root {"));
		RestAssured.get("/__admin/inspector/icon.svg")
			.then()
			.statusCode(200)
			.contentType("image/svg+xml")
			.body(containsString("<svg"));
	}

	@Test
	void scriptShouldNeverParseDataAsMarkup() {
		String script = RestAssured.get("/__admin/inspector/app.js").asString();
		for (String sink : new String[] { "innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(",
				"new Function" }) {
			assertThat(script).as(sink).doesNotContain(sink);
		}
	}

	@Test
	void unknownFileShouldBeTwilios404() {
		RestAssured.get("/__admin/inspector/secrets.txt")
			.then()
			.statusCode(404)
			.contentType(ContentType.JSON)
			.body("code", equalTo(20404))
			.body("status", equalTo(404));
	}

	@Test
	void otherMethodsOnThePageShouldBeTwilios405() {
		RestAssured.given()
			.contentType(ContentType.URLENC)
			.post("/__admin/inspector/app.js")
			.then()
			.statusCode(405)
			.contentType(ContentType.JSON)
			.body("status", equalTo(405));
	}

}
