package io.autopilotmock.twilio;

import java.util.List;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static io.autopilotmock.twilio.TwilioErrorBodies.notFound;
import static io.autopilotmock.twilio.TwilioErrorBodies.uniqueNameTaken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * One account never sees another's data: every operation of both resources, by SID and by
 * unique name, answers 404 (not 403, which would leak existence) across accounts.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class TenantIsolationApiTests {

	@LocalServerPort
	int port;

	String owner;

	String stranger;

	@BeforeEach
	void setUp() {
		RestAssured.port = this.port;
		// Two accounts of their own per test, new on every run.
		this.owner = TestAccounts.fresh();
		this.stranger = TestAccounts.fresh();
	}

	@Test
	void anotherAccountsAssistantShouldBe404ForEveryOperation() {
		String sid = as(this.owner).formParam("UniqueName", "private-bot")
			.post("/v1/Assistants")
			.then()
			.statusCode(201)
			.extract()
			.path("sid");
		for (String ref : List.of(sid, "private-bot")) {
			String path = "/v1/Assistants/" + ref;
			as(this.stranger).get(path).then().spec(notFound(path));
			as(this.stranger).formParam("FriendlyName", "stolen").post(path).then().spec(notFound(path));
			as(this.stranger).delete(path).then().spec(notFound(path));
		}
		as(this.stranger).get("/v1/Assistants").then().statusCode(200).body("assistants.size()", equalTo(0));
		as(this.owner).get("/v1/Assistants/" + sid)
			.then()
			.statusCode(200)
			.body("friendly_name", equalTo(null))
			.body("unique_name", equalTo("private-bot"));
	}

	@Test
	void anotherAccountsWebhookShouldBe404ForEveryOperation() {
		String assistant = TestAccounts.freshAssistant();
		as(this.owner).formParam("UniqueName", "named-bot").post("/v1/Assistants").then().statusCode(201);
		String hook = createHook(this.owner, assistant, "private-hook");
		createHook(this.owner, "named-bot", "private-hook");
		for (String assistantRef : List.of(assistant, "named-bot")) {
			for (String hookRef : List.of(hook, "private-hook")) {
				String path = "/v1/Assistants/" + assistantRef + "/Webhooks/" + hookRef;
				as(this.stranger).get(path).then().spec(notFound(path));
				as(this.stranger).formParam("Events", "onDialogueEnd").post(path).then().spec(notFound(path));
				as(this.stranger).delete(path).then().spec(notFound(path));
			}
		}
		// The stranger's first use of the SID registered an assistant of its own: empty.
		as(this.stranger).get("/v1/Assistants/" + assistant + "/Webhooks")
			.then()
			.statusCode(200)
			.body("webhooks.size()", equalTo(0));
		as(this.stranger).get("/v1/Assistants/named-bot/Webhooks")
			.then()
			.spec(notFound("/v1/Assistants/named-bot/Webhooks"));
		as(this.owner).get("/v1/Assistants/" + assistant + "/Webhooks/" + hook)
			.then()
			.statusCode(200)
			.body("events", equalTo("onDialogueStart"));
	}

	@Test
	void theSameAssistantSidAndUniqueNameUnderTwoAccountsShouldBeIndependent() {
		String assistant = TestAccounts.freshAssistant();
		String ownerHook = createHook(this.owner, assistant, "same-name");
		String strangerHook = createHook(this.stranger, assistant, "same-name");
		assertThat(ownerHook).isNotEqualTo(strangerHook);
		Response ownerList = as(this.owner).get("/v1/Assistants/" + assistant + "/Webhooks");
		Response strangerList = as(this.stranger).get("/v1/Assistants/" + assistant + "/Webhooks");
		assertThat(ownerList.<List<String>>path("webhooks.sid")).containsExactly(ownerHook);
		assertThat(strangerList.<List<String>>path("webhooks.sid")).containsExactly(strangerHook);
		assertThat(ownerList.<List<String>>path("webhooks.account_sid")).containsExactly(this.owner);

		as(this.stranger).delete("/v1/Assistants/" + assistant + "/Webhooks/same-name").then().statusCode(204);
		as(this.owner).get("/v1/Assistants/" + assistant + "/Webhooks/same-name").then().statusCode(200);
		as(this.stranger).delete("/v1/Assistants/" + assistant).then().statusCode(204);
		as(this.owner).get("/v1/Assistants/" + assistant).then().statusCode(200);
	}

	@Test
	void assistantUniqueNamesShouldBeUniquePerAccountOnly() {
		as(this.owner).formParam("UniqueName", "everyones-bot").post("/v1/Assistants").then().statusCode(201);
		as(this.stranger).formParam("UniqueName", "everyones-bot").post("/v1/Assistants").then().statusCode(201);
		as(this.owner).formParam("UniqueName", "everyones-bot").post("/v1/Assistants").then().spec(uniqueNameTaken());
	}

	private String createHook(String account, String assistant, String uniqueName) {
		return as(account).formParam("UniqueName", uniqueName)
			.formParam("Events", "onDialogueStart")
			.formParam("WebhookUrl", "https://example.com/" + account)
			.post("/v1/Assistants/" + assistant + "/Webhooks")
			.then()
			.statusCode(201)
			.body("account_sid", equalTo(account))
			.extract()
			.path("sid");
	}

	private static RequestSpecification as(String account) {
		return RestAssured.given().contentType(ContentType.URLENC).auth().preemptive().basic(account, "any-token");
	}

}
