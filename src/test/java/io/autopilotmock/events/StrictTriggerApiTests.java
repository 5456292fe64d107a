package io.autopilotmock.events;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.twilio.security.RequestValidator;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.autopilotmock.events.Receiver.Received;
import io.autopilotmock.twilio.TestAccounts;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * In strict mode a trigger needs the account's configured credentials, as every control
 * call does, and its deliveries are signed with the account's configured auth token.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "autopilot-mock.auth.mode=strict",
				"autopilot-mock.auth.credentials=AC0123456789abcdef0123456789abcdef:s3cret-token,"
						+ "SK0123456789abcdef0123456789abcdef:k3y-secret:AC0123456789abcdef0123456789abcdef" })
class StrictTriggerApiTests extends AbstractReceiverApiTests {

	private static final String ACCOUNT = "AC0123456789abcdef0123456789abcdef";

	@Test
	void aTriggerWithTheAccountsCredentialsShouldBeSignedWithItsConfiguredToken() throws Exception {
		as(ACCOUNT, "s3cret-token").formParam("UniqueName", "strict")
			.formParam("Events", "onDialogueStart")
			.formParam("WebhookUrl", this.receiver.url("/strict"))
			.post("/v1/Assistants/{a}/Webhooks", this.assistant)
			.then()
			.statusCode(201);
		as(ACCOUNT, "s3cret-token").contentType(ContentType.JSON)
			.body(Map.of("events", List.of("onDialogueStart"), "wait", true))
			.post("/__admin/Assistants/{a}/Dialogues", this.assistant)
			.then()
			.statusCode(201)
			.body("dialogue.account_sid", equalTo(ACCOUNT))
			.body("deliveries[0].state", equalTo("delivered"));
		Received request = this.receiver.await("/strict", 1, Duration.ofSeconds(5)).get(0);
		assertThat(new RequestValidator("s3cret-token").validate(this.receiver.url("/strict"), request.form(),
				request.header("X-Twilio-Signature")))
			.isTrue();
	}

	@Test
	void aTriggerWithoutConfiguredCredentialsShouldBe401AndForAnotherAccount403() {
		RestAssured.given()
			.contentType(ContentType.JSON)
			.body(Map.of("events", List.of("onDialogueStart")))
			.post("/__admin/Assistants/{a}/Dialogues", this.assistant)
			.then()
			.statusCode(401)
			.body("code", equalTo(20003));
		as(ACCOUNT, "wrong").contentType(ContentType.JSON)
			.body(Map.of("events", List.of("onDialogueStart")))
			.post("/__admin/Assistants/{a}/Dialogues", this.assistant)
			.then()
			.statusCode(401);
		as(ACCOUNT, "s3cret-token").contentType(ContentType.JSON)
			.body(Map.of("events", List.of("onDialogueStart"), "account_sid", TestAccounts.fresh()))
			.post("/__admin/Assistants/{a}/Dialogues", this.assistant)
			.then()
			.statusCode(403)
			.body("code", equalTo(20403));
		RestAssured.get("/__admin/deliveries").then().statusCode(401).body("code", equalTo(20003));
	}

	@ParameterizedTest
	@ValueSource(strings = { "{", "{\"events\": 1}", "[1, 2", "huge" })
	void aTriggerWithoutCredentialsShouldBe401WhateverItsBody(String body) {
		String sent = body.equals("huge") ? "{\"events\": [\"" + "x".repeat(2 * 1024 * 1024) + "\"]}" : body;
		RestAssured.given()
			.contentType(ContentType.JSON)
			.body(sent)
			.post("/__admin/Assistants/{a}/Dialogues", this.assistant)
			.then()
			.statusCode(401)
			.body("code", equalTo(20003));
		RestAssured.given()
			.contentType(ContentType.JSON)
			.body(sent)
			.put("/__admin/state")
			.then()
			.statusCode(401)
			.body("code", equalTo(20003));
	}

	private static RequestSpecification as(String user, String password) {
		return RestAssured.given().auth().preemptive().basic(user, password);
	}

}
