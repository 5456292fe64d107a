package io.autopilotmock.events;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.twilio.security.RequestValidator;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.autopilotmock.events.Receiver.Received;
import io.autopilotmock.twilio.TestAccounts;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;

import static io.autopilotmock.events.EventsApi.createWebhook;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The signing key when an account has presented no password, the bound on an account's
 * pending deliveries, and the destination policy with its defaults: a destination that is
 * not loopback or private is a delivery {@code refused} at trigger time, with its reason,
 * and never a connection. The names are this test's own (its resolver answers them
 * without DNS) and the addresses they stand for are refused before any connect; the
 * receiver is on loopback, as every test's.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "autopilot-mock.events.signing-token=the-fallback-key",
				"autopilot-mock.events.max-pending-per-account=5" })
@ExtendWith(OutputCaptureExtension.class)
class DestinationsApiTests extends AbstractReceiverApiTests {

	@TestConfiguration
	static class Names {

		@Bean
		HostResolver testNames() {
			return (host) -> switch (host) {
				case "receiver.test" -> List.of(address(host, 127, 0, 0, 1));
				case "public.test" -> List.of(address(host, 203, 0, 113, 7));
				case "metadata.test" -> List.of(address(host, 169, 254, 169, 254));
				case "mixed.test" -> List.of(address(host, 127, 0, 0, 1), address(host, 203, 0, 113, 8));
				case "unknown.test" -> throw new UnknownHostException(host);
				default -> HostResolver.SYSTEM.resolve(host);
			};
		}

		private static InetAddress address(String host, int a, int b, int c, int d) throws UnknownHostException {
			return InetAddress.getByAddress(host, new byte[] { (byte) a, (byte) b, (byte) c, (byte) d });
		}

	}

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
	void aNameThatResolvesToLoopbackShouldBeADestination() throws InterruptedException {
		String account = "AC" + "10ca".repeat(8);
		String assistant = "UA" + "10ca".repeat(8);
		createWebhook(account, "x", assistant, "named", "onDialogueStart",
				"http://receiver.test:" + this.receiver.port() + "/named", "POST");
		fire(account, assistant).then().statusCode(201).body("deliveries[0].state", equalTo("delivered"));
		assertThat(this.receiver.await("/named", 1, Duration.ofSeconds(5))).hasSize(1);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					http://public.test/hook | public.test resolves to 203.0.113.7, which is neither loopback nor private: add it to autopilot-mock.events.allowed-hosts (a host, a CIDR, or * for anywhere)
					http://metadata.test/latest/meta-data | metadata.test resolves to 169.254.169.254, a link-local, wildcard or multicast address, which is a destination only when autopilot-mock.events.allowed-hosts names it
					http://mixed.test/hook | mixed.test resolves to 203.0.113.8, which is neither loopback nor private: add it to autopilot-mock.events.allowed-hosts (a host, a CIDR, or * for anywhere)
					http://unknown.test/hook | unknown.test does not resolve
					http://0.0.0.0:9/hook | 0.0.0.0, a link-local, wildcard or multicast address, which is a destination only when autopilot-mock.events.allowed-hosts names it
					""")
	void aDestinationThePolicyRefusesShouldBeARefusedDeliveryAndNeverAConnection(String url, String reason,
			CapturedOutput output) {
		String account = TestAccounts.fresh();
		String assistant = TestAccounts.freshAssistant();
		String webhook = createWebhook(account, "x", assistant, "elsewhere", "onDialogueStart", url, "POST");
		createWebhook(account, "x", assistant, "local", "onDialogueStart", this.receiver.url("/local"), "POST");
		JsonPath fired = fire(account, assistant).then().statusCode(201).extract().jsonPath();
		Map<String, Object> refused = fired.getMap("deliveries.find { it.webhook_sid == '" + webhook + "' }");
		assertThat(refused).containsEntry("state", "refused");
		assertThat(fired.getList("deliveries.find { it.webhook_sid == '" + webhook + "' }.attempts.outcome"))
			.containsExactly("refused");
		assertThat(fired.getString("deliveries.find { it.webhook_sid == '" + webhook + "' }.attempts[0].body"))
			.isEqualTo(reason);
		assertThat(fired.getString("deliveries.find { it.webhook_sid != '" + webhook + "' }.state"))
			.as("the other webhook's delivery is not held back")
			.isEqualTo("delivered");
		RestAssured.given()
			.queryParam("account_sid", account)
			.queryParam("status", "refused")
			.get("/__admin/deliveries")
			.then()
			.statusCode(200)
			.body("deliveries.size()", equalTo(1))
			.body("deliveries[0].webhook_sid", equalTo(webhook));
		assertThat(output.getOut()).contains("WARN").contains("Refused delivery").contains(webhook).contains(reason);
	}

	@Test
	void aDeliveryToTheEmulatorItselfShouldBeRefused() {
		String account = TestAccounts.fresh();
		String assistant = TestAccounts.freshAssistant();
		createWebhook(account, "x", assistant, "itself", "onDialogueStart",
				"http://localhost:" + this.port + "/__admin/state", "GET");
		fire(account, assistant).then()
			.statusCode(201)
			.body("deliveries[0].state", equalTo("refused"))
			.body("deliveries[0].attempts[0].body", equalTo("localhost is the emulator itself"));
	}

	@Test
	void aTriggerBeyondTheAccountsPendingDeliveriesShouldBe429AndRecordNothing() {
		String account = TestAccounts.fresh();
		String assistant = TestAccounts.freshAssistant();
		this.receiver.answer("/slow", 1500, 200);
		createWebhook(account, "x", assistant, "slow", "onDialogueStart", this.receiver.url("/slow"), "POST");
		createWebhook(account, "x", assistant, "refused", "onDialogueStart", "http://public.test/hook", "POST");
		Map<String, Object> five = new LinkedHashMap<>();
		five.put("events",
				List.of("onDialogueStart", "onDialogueStart", "onDialogueStart", "onDialogueStart", "onDialogueStart"));
		five.put("concurrent", true);
		five.put("account_sid", account);
		// Five pending, five refused (which are not pending): the account is at its
		// bound.
		EventsApi.trigger(assistant, five).then().statusCode(201).body("deliveries_count", equalTo(10));
		EventsApi.trigger(assistant, Map.of("events", List.of("onDialogueStart"), "account_sid", account))
			.then()
			.statusCode(429)
			.body("code", equalTo(20429))
			.body("status", equalTo(429))
			.body("message", equalTo("Account " + account + " has 5 deliveries pending; this trigger's 1 more "
					+ "would exceed autopilot-mock.events.max-pending-per-account: 5"));
		RestAssured.given()
			.queryParam("account_sid", account)
			.get("/__admin/deliveries")
			.then()
			.body("deliveries.size()", equalTo(10));
		EventsApi.awaitNonePending(account, Duration.ofSeconds(30));
		fire(account, assistant).then().statusCode(201);
	}

	private static Response fire(String account, String assistant) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("events", List.of("onDialogueStart"));
		body.put("wait", true);
		body.put("account_sid", account);
		return EventsApi.trigger(assistant, body);
	}

}
