package io.autopilotmock.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import io.autopilotmock.twilio.TestAccounts;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static io.autopilotmock.events.EventsApi.createWebhook;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * An account's whole allowance of pending deliveries, 10,000, some of them in flight to a
 * receiver that does not answer, does not stop a reset, a state import or an assistant's
 * delete: each succeeds, and what it cleared is gone.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class DeliveryBacklogApiTests extends AbstractReceiverApiTests {

	private static final int WEBHOOKS = 10;

	@Test
	void resetStateImportAndAssistantDeleteShouldSucceedBesideAFullBacklog() {
		String account = TestAccounts.fresh();
		String assistant = backlog(account);
		long started = System.nanoTime();
		RestAssured.given()
			.queryParam("account_sid", account)
			.post("/__admin/reset")
			.then()
			.statusCode(200)
			.body("deleted.deliveries", equalTo(10_000));
		report("reset", started);
		assertThat(EventsApi.pending(account)).isZero();

		assistant = backlog(account);
		String document = RestAssured.given().queryParam("account_sid", account).get("/__admin/state").asString();
		started = System.nanoTime();
		RestAssured.given()
			.queryParam("account_sid", account)
			.contentType(ContentType.JSON)
			.body(document)
			.put("/__admin/state")
			.then()
			.statusCode(200);
		report("state import", started);
		assertThat(EventsApi.pending(account)).isZero();

		assistant = backlog(account);
		started = System.nanoTime();
		RestAssured.given()
			.auth()
			.preemptive()
			.basic(account, "backlog")
			.delete("/v1/Assistants/{assistant}", assistant)
			.then()
			.statusCode(204);
		report("assistant delete", started);
		assertThat(EventsApi.pending(account)).isZero();
	}

	/**
	 * An assistant whose ten webhooks have 10,000 deliveries pending to a silent
	 * receiver.
	 */
	private String backlog(String account) {
		String assistant = TestAccounts.freshAssistant();
		this.receiver.answer("/silent", 30_000, 200);
		for (int w = 0; w < WEBHOOKS; w++) {
			createWebhook(account, "backlog", assistant, "silent-" + w, "onDialogueStart", this.receiver.url("/silent"),
					"POST");
		}
		List<String> events = new ArrayList<>();
		for (int i = 0; i < 100; i++) {
			events.add("onDialogueStart");
		}
		for (int t = 0; t < 10; t++) {
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("events", events);
			body.put("concurrent", true);
			body.put("account_sid", account);
			EventsApi.trigger(assistant, body).then().statusCode(201).body("deliveries_count", equalTo(1000));
		}
		assertThat(EventsApi.pending(account)).isEqualTo(1000);
		return assistant;
	}

	private static void report(String what, long started) {
		System.out.printf("DeliveryBacklogApiTests: %s beside 10,000 pending deliveries took %d ms%n", what,
				(System.nanoTime() - started) / 1_000_000);
	}

}
