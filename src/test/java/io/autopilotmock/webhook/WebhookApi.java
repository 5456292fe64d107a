package io.autopilotmock.webhook;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * rest-assured calls of the Webhooks API as an SDK makes them: form-encoded, UTF-8.
 */
final class WebhookApi {

	static final String ASSISTANT = "UA0123456789abcdef0123456789abcdef";

	static final String EVENTS = "onDialogueStart onDialogueEnd";

	static final String HOOK_URL = "https://example.com/hook";

	private WebhookApi() {
	}

	static RequestSpecification form() {
		return RestAssured.given().contentType(ContentType.URLENC.withCharset("UTF-8"));
	}

	static Response create(String assistant, String uniqueName) {
		return create(assistant, uniqueName, RestAssured.given());
	}

	/** A create sent from this request, e.g. one carrying an account's credentials. */
	static Response create(String assistant, String uniqueName, RequestSpecification request) {
		return request.contentType(ContentType.URLENC.withCharset("UTF-8"))
			.formParam("UniqueName", uniqueName)
			.formParam("Events", EVENTS)
			.formParam("WebhookUrl", HOOK_URL)
			.post("/v1/Assistants/{assistant}/Webhooks", assistant);
	}

}
