package io.autopilotmock.events;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.twilio.security.RequestValidator;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import io.autopilotmock.events.Receiver.Received;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static io.autopilotmock.events.EventsApi.createWebhook;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The signing key when an account has presented no password, and the allowed-hosts
 * setting, which refuses a trigger whose webhooks go elsewhere before anything is
 * recorded.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "autopilot-mock.events.signing-token=the-fallback-key",
				"autopilot-mock.events.allowed-hosts=localhost,*.example.com" })
class SigningAndAllowedHostsApiTests extends AbstractReceiverApiTests {

	@Test
	void anAccountThatPresentedNoPasswordShouldBeSignedWithTheSigningToken() throws Exception {
		String account = "AC" + "5160".repeat(8);
		String assistant = "UA" + "5160".repeat(8);
		String url = "http://localhost:" + this.receiver.port() + "/signed";
		createWebhook(account, "", assistant, "signed", "onDialogueStart", url, "POST");
		fire(account, assistant).then().statusCode(201).body("deliveries[0].state", equalTo("delivered"));
		Received request = this.receiver.await("/signed", 1, Duration.ofSeconds(5)).get(0);
		assertThat(new RequestValidator("the-fallback-key").validate(url, request.form(),
				request.header("X-Twilio-Signature")))
			.isTrue();
	}

	@Test
	void aWebhookOnAHostNotAllowedShouldRefuseTheTriggerAndRecordNothing() {
		String account = "AC" + "a110".repeat(8);
		String assistant = "UA" + "a110".repeat(8);
		String webhook = createWebhook(account, "x", assistant, "elsewhere", "onDialogueStart",
				this.receiver.url("/refused"), "POST");
		fire(account, assistant).then()
			.statusCode(400)
			.body("code", equalTo(20001))
			.body("message", equalTo("WebhookUrl of webhook " + webhook + " goes to 127.0.0.1, which "
					+ "autopilot-mock.events.allowed-hosts does not allow"));
		RestAssured.given()
			.queryParam("account_sid", account)
			.get("/__admin/deliveries")
			.then()
			.statusCode(200)
			.body("deliveries.size()", equalTo(0));
		assertThat(this.receiver.received()).isEmpty();
	}

	@Test
	void hostPatternsShouldMatchWholeHostsCaseInsensitively() {
		assertThat(TriggerRules.hostPattern("*.example.com").matcher("hooks.EXAMPLE.com").matches()).isTrue();
		assertThat(TriggerRules.hostPattern("*.example.com").matcher("example.com").matches()).isFalse();
		assertThat(TriggerRules.hostPattern("*.example.com").matcher("example.com.evil").matches()).isFalse();
		assertThat(TriggerRules.hostPattern("localhost").matcher("localhost").matches()).isTrue();
		assertThat(TriggerRules.hostPattern("localhost").matcher("localhost2").matches()).isFalse();
	}

	private static Response fire(String account, String assistant) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("events", List.of("onDialogueStart"));
		body.put("wait", true);
		body.put("account_sid", account);
		return EventsApi.trigger(assistant, body);
	}

}
