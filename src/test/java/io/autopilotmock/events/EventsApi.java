package io.autopilotmock.events;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.awaitility.Awaitility;

/**
 * The calls event tests make: webhooks created on the API with an account's Basic
 * credentials (which also makes that password the account's signing key), and triggers on
 * the control surface.
 */
final class EventsApi {

	private EventsApi() {
	}

	static String createWebhook(String account, String password, String assistant, String uniqueName, String events,
			String url, String method) {
		Response created = RestAssured.given()
			.auth()
			.preemptive()
			.basic(account, password)
			.contentType(ContentType.URLENC.withCharset("UTF-8"))
			.formParam("UniqueName", uniqueName)
			.formParam("Events", events)
			.formParam("WebhookUrl", url)
			.formParam("WebhookMethod", method)
			.post("/v1/Assistants/{assistant}/Webhooks", assistant);
		created.then().statusCode(201);
		return created.path("sid");
	}

	static Response trigger(String assistant, Map<String, Object> body) {
		return RestAssured.given()
			.contentType(ContentType.JSON)
			.body(body)
			.post("/__admin/Assistants/{assistant}/Dialogues", assistant);
	}

	/**
	 * Begins a dialogue for the account with these events, sent after {@code delayMs},
	 * expecting 201.
	 * @return the trigger's answer
	 */
	static JsonPath begin(String account, String assistant, List<String> events, boolean wait, int delayMs) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("events", events);
		body.put("wait", wait);
		body.put("delay_ms", delayMs);
		body.put("account_sid", account);
		return trigger(assistant, body).then().statusCode(201).extract().jsonPath();
	}

	static Response more(String assistant, String dialogue, Map<String, Object> body) {
		return RestAssured.given()
			.contentType(ContentType.JSON)
			.body(body)
			.post("/__admin/Assistants/{assistant}/Dialogues/{dialogue}", assistant, dialogue);
	}

	/**
	 * How many of the account's deliveries the log lists as pending, up to 1,000.
	 */
	static int pending(String account) {
		return RestAssured.given()
			.queryParam("account_sid", account)
			.queryParam("status", "pending")
			.queryParam("limit", 1000)
			.get("/__admin/deliveries")
			.jsonPath()
			.getList("deliveries")
			.size();
	}

	/** Waits until none of the account's deliveries is pending. */
	static void awaitNonePending(String account, Duration timeout) {
		Awaitility.await().atMost(timeout).until(() -> pending(account) == 0);
	}

}
