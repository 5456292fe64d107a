package io.autopilotmock.state;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * rest-assured calls of the API, as one account, and of the control surface.
 */
final class ControlApi {

	private ControlApi() {
	}

	static RequestSpecification as(String account) {
		return RestAssured.given().auth().preemptive().basic(account, "any");
	}

	static Response createAssistant(String account, String uniqueName, String friendlyName) {
		return as(account).formParam("UniqueName", uniqueName)
			.formParam("FriendlyName", friendlyName)
			.post("/v1/Assistants");
	}

	static Response createWebhook(String account, String assistant, String uniqueName) {
		return as(account).formParam("UniqueName", uniqueName)
			.formParam("Events", "onDialogueStart onDialogueEnd")
			.formParam("WebhookUrl", "https://example.com/" + uniqueName)
			.post("/v1/Assistants/{assistant}/Webhooks", assistant);
	}

	static Response reset(String account) {
		return RestAssured.given().queryParam("account_sid", account).post("/__admin/reset");
	}

	static Response exportState(String account) {
		return RestAssured.given().queryParam("account_sid", account).get("/__admin/state");
	}

	static Response importState(String account, String document) {
		return RestAssured.given()
			.queryParam("account_sid", account)
			.contentType(ContentType.JSON)
			.body(document)
			.put("/__admin/state");
	}

	static Response setClock(String body) {
		return RestAssured.given().contentType(ContentType.JSON).body(body).put("/__admin/clock");
	}

}
