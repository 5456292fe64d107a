package io.autopilotmock.events;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.twilio.security.RequestValidator;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.autopilotmock.twilio.TestAccounts;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static io.autopilotmock.events.EventsApi.createWebhook;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The delivery log: filters, scope, newest first, one delivery with its request, the
 * first KB of an answer, and a reset clearing a scope's deliveries and dialogues.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class DeliveryLogApiTests extends AbstractReceiverApiTests {

	private static final String ACCOUNT = "AC" + "106a".repeat(8);

	private static final String OTHER = "AC" + "106b".repeat(8);

	private static final String PASSWORD = "log-token";

	private String start;

	private String end;

	@BeforeEach
	void setUp() {
		this.start = createWebhook(ACCOUNT, PASSWORD, this.assistant, "start", "onDialogueStart",
				this.receiver.url("/start"), "POST");
		this.end = createWebhook(ACCOUNT, PASSWORD, this.assistant, "end", "onDialogueEnd onDialogueStart",
				this.receiver.url("/end"), "GET");
	}

	@Test
	void theLogShouldListADialoguesDeliveriesNewestFirstAndFilterThem() {
		this.receiver.answer("/end", 0, 500);
		JsonPath fired = fire(ACCOUNT, List.of("onDialogueStart", "onDialogueEnd"));
		String dialogue = fired.getString("dialogue.sid");
		List<Integer> ids = fired.getList("deliveries.id");
		assertThat(ids).hasSize(3);

		JsonPath log = log(Map.of("dialogue_sid", dialogue));
		assertThat(log.getList("deliveries.id")).containsExactly(ids.get(2), ids.get(1), ids.get(0));
		assertThat(log.getMap("deliveries[2]")).containsEntry("account_sid", ACCOUNT)
			.containsEntry("assistant_sid", this.assistant)
			.containsEntry("dialogue_sid", dialogue)
			.containsEntry("webhook_sid", this.start)
			.containsEntry("event", "onDialogueStart")
			.containsEntry("url", this.receiver.url("/start"))
			.containsEntry("method", "POST")
			.containsEntry("state", "delivered")
			.containsKeys("idempotency_token", "date_created");
		assertThat(log.getString("deliveries[2].date_created")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
		assertThat(log.getMap("deliveries[2].attempts[0]")).containsEntry("outcome", "200")
			.containsEntry("status", 200)
			.containsEntry("body", "ok")
			.containsKeys("time", "duration_ms");

		assertThat(log(Map.of("dialogue_sid", dialogue, "webhook_sid", this.end)).getList("deliveries.event"))
			.containsExactly("onDialogueEnd", "onDialogueStart");
		assertThat(log(Map.of("dialogue_sid", dialogue, "event", "ONDIALOGUEEND")).getList("deliveries.id"))
			.containsExactly(ids.get(2));
		assertThat(log(Map.of("dialogue_sid", dialogue, "status", "failed")).getList("deliveries.webhook_sid"))
			.containsOnly(this.end)
			.hasSize(2);
		assertThat(log(Map.of("dialogue_sid", dialogue, "limit", "1")).getList("deliveries.id"))
			.containsExactly(ids.get(2));
		assertThat(log(Map.of("dialogue_sid", dialogue, "account_sid", OTHER)).getList("deliveries")).isEmpty();
	}

	@Test
	void oneDeliveryShouldShowTheRequestEveryAttemptSends() {
		JsonPath fired = fire(ACCOUNT, List.of("onDialogueEnd"));
		int id = fired.getInt("deliveries[0].id");
		JsonPath delivery = RestAssured.get("/__admin/deliveries/{id}", id).then().statusCode(200).extract().jsonPath();
		String dialogue = fired.getString("dialogue.sid");
		String url = delivery.getString("request.url");
		assertThat(url).startsWith(this.receiver.url("/end") + "?AccountSid=" + ACCOUNT + "&AssistantSid=");
		assertThat(delivery.getString("request.method")).isEqualTo("GET");
		assertThat(delivery.getMap("request.headers")).containsEntry("User-Agent", "TwilioProxy/1.1")
			.containsEntry("Accept", "*/*")
			.containsEntry("X-Home-Region", "us1")
			.containsEntry("I-Twilio-Idempotency-Token", delivery.getString("idempotency_token"))
			.containsEntry("X-Twilio-Signature", delivery.getString("request.signature"));
		assertThat(delivery.getMap("request.parameters")).containsEntry("DialogueSid", dialogue)
			.containsEntry("Event", "onDialogueEnd");
		assertThat(new RequestValidator(PASSWORD).validate(url, Map.of(), delivery.getString("request.signature")))
			.isTrue();
		assertThat(this.receiver.received("/end")).singleElement()
			.satisfies((request) -> assertThat(request.url(this.receiver.port())).isEqualTo(url));
	}

	@Test
	void aDeliveryOutOfScopeOrUnknownShouldAnswer404() {
		int id = fire(ACCOUNT, List.of("onDialogueEnd")).getInt("deliveries[0].id");
		RestAssured.given()
			.queryParam("account_sid", OTHER)
			.get("/__admin/deliveries/{id}", id)
			.then()
			.statusCode(404)
			.body("code", equalTo(20404));
		RestAssured.get("/__admin/deliveries/{id}", 999_999_999).then().statusCode(404).body("code", equalTo(20404));
		RestAssured.get("/__admin/deliveries/x").then().statusCode(404).body("code", equalTo(20404));
	}

	@Test
	void badFiltersShouldAnswer400() {
		RestAssured.given()
			.queryParam("status", "lost")
			.get("/__admin/deliveries")
			.then()
			.statusCode(400)
			.body("code", equalTo(20001))
			.body("message", equalTo("status must be pending, delivered, failed or refused, was lost"));
		RestAssured.given()
			.queryParam("webhook_sid", "UMnot")
			.get("/__admin/deliveries")
			.then()
			.statusCode(400)
			.body("message", equalTo("webhook_sid must be UM followed by 32 hex digits"));
		RestAssured.given().queryParam("limit", "0").get("/__admin/deliveries").then().statusCode(400);
		RestAssured.given().queryParam("account_sid", "ACx").get("/__admin/deliveries").then().statusCode(400);
	}

	@Test
	void onlyTheFirstKilobyteOfAnAnswerShouldBeKept() {
		this.receiver.answerBody("/start", 200, "é" + "x".repeat(3000));
		JsonPath fired = fire(ACCOUNT, List.of("onDialogueStart"));
		String body = fired.getString("deliveries[0].attempts[0].body");
		assertThat(body).startsWith("éxxx").hasSize(1023);
	}

	@Test
	void aResetShouldDeleteTheScopesDeliveriesAndDialoguesOnly() {
		String otherAssistant = TestAccounts.freshAssistant();
		createWebhook(OTHER, PASSWORD, otherAssistant, "other", "onDialogueStart", this.receiver.url("/other"), "POST");
		String kept = fire(OTHER, otherAssistant, List.of("onDialogueStart")).getString("dialogue.sid");
		fire(ACCOUNT, List.of("onDialogueStart"));
		RestAssured.given()
			.queryParam("account_sid", ACCOUNT)
			.post("/__admin/reset")
			.then()
			.statusCode(200)
			.body("deleted.deliveries", equalTo(2))
			.body("deleted.dialogues", equalTo(1));
		assertThat(log(Map.of("account_sid", ACCOUNT)).getList("deliveries")).isEmpty();
		assertThat(log(Map.of("dialogue_sid", kept)).getList("deliveries")).hasSize(1);
	}

	private JsonPath fire(String account, List<String> events) {
		return fire(account, this.assistant, events);
	}

	private JsonPath fire(String account, String assistant, List<String> events) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("events", events);
		body.put("wait", true);
		body.put("account_sid", account);
		return EventsApi.trigger(assistant, body).then().statusCode(201).extract().jsonPath();
	}

	private static JsonPath log(Map<String, String> query) {
		return RestAssured.given()
			.queryParams(query)
			.get("/__admin/deliveries")
			.then()
			.statusCode(200)
			.extract()
			.jsonPath();
	}

}
