package io.autopilotmock.events;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import io.autopilotmock.twilio.TestAccounts;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static io.autopilotmock.events.EventsApi.createWebhook;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Twilio's connection overrides, each row as a receiver sees it: what is retried, how
 * often, and which timeout ends an attempt. Every trigger waits, so its answer holds the
 * attempts.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class DeliveryOverridesApiTests extends AbstractReceiverApiTests {

	private static final String ACCOUNT = "AC" + "0e0e".repeat(8);

	private static final String PASSWORD = "overrides-token";

	@Test
	void byDefaultAnErrorAnswerShouldNotBeRetried() {
		this.receiver.answer("/fails", 0, 500);
		JsonPath delivery = fire(this.receiver.url("/fails"));
		assertThat(delivery.getString("state")).isEqualTo("failed");
		assertThat(delivery.getList("attempts.outcome")).containsExactly("500");
		assertThat(delivery.getList("attempts.status")).containsExactly(500);
		assertThat(delivery.getString("attempts[0].body")).isEqualTo("answer 500");
	}

	@Test
	void byDefaultAFailedConnectShouldBeRetriedOnce() throws IOException {
		JsonPath delivery = fire(Receiver.refusingUrl("/nobody"));
		assertThat(delivery.getString("state")).isEqualTo("failed");
		assertThat(delivery.getList("attempts.outcome")).containsExactly("connect_failed", "connect_failed");
		assertThat(delivery.getList("attempts.status")).containsExactly(null, null);
	}

	@Test
	void rcAndRp5xxShouldRetryServerErrorsUntilASuccess() {
		this.receiver.answer("/flaky", 0, 500, 503, 200);
		JsonPath delivery = fire(this.receiver.url("/flaky") + "#rc=2&rp=5xx");
		assertThat(delivery.getString("state")).isEqualTo("delivered");
		assertThat(delivery.getList("attempts.outcome")).containsExactly("500", "503", "200");
		List<Receiver.Received> received = this.receiver.received("/flaky");
		assertThat(received).hasSize(3);
		assertThat(received).extracting((r) -> r.header("I-Twilio-Idempotency-Token"))
			.containsOnly(delivery.getString("idempotency_token"));
		assertThat(received).extracting((r) -> r.header("X-Twilio-Signature"))
			.containsOnly(received.get(0).header("X-Twilio-Signature"));
	}

	@Test
	void retriesShouldStopAtRc() {
		this.receiver.answer("/down", 0, 502);
		JsonPath delivery = fire(this.receiver.url("/down") + "#rp=5xx&rc=3");
		assertThat(delivery.getString("state")).isEqualTo("failed");
		assertThat(delivery.getList("attempts.outcome")).containsExactly("502", "502", "502", "502");
	}

	@Test
	void rp4xxShouldRetryClientErrorsAndRp5xxShouldNot() {
		this.receiver.answer("/client", 0, 404, 200);
		JsonPath retried = fire(this.receiver.url("/client") + "#rp=4xx");
		assertThat(retried.getList("attempts.outcome")).containsExactly("404", "200");
		assertThat(retried.getString("state")).isEqualTo("delivered");
		this.receiver.answer("/client-not", 0, 404, 200);
		JsonPath notRetried = fire(this.receiver.url("/client-not") + "#rp=5xx&rc=5");
		assertThat(notRetried.getList("attempts.outcome")).containsExactly("404");
		assertThat(notRetried.getString("state")).isEqualTo("failed");
	}

	@Test
	void rtShouldEndASlowAttemptAsAReadTimeoutNotRetriedByDefault() {
		this.receiver.answer("/slow", 2000, 200);
		JsonPath delivery = fire(this.receiver.url("/slow") + "#rt=300");
		assertThat(delivery.getString("state")).isEqualTo("failed");
		assertThat(delivery.getList("attempts.outcome")).containsExactly("read_timeout");
		assertThat(delivery.getLong("attempts[0].duration_ms")).isBetween(250L, 1900L);
	}

	@Test
	void rpRtShouldRetryReadTimeouts() {
		this.receiver.answer("/slow-then-fast", 2000, 200);
		JsonPath delivery = fire(this.receiver.url("/slow-then-fast") + "#rt=300&rp=rt&rc=1");
		assertThat(delivery.getList("attempts.outcome")).containsExactly("read_timeout", "read_timeout");
	}

	@Test
	void ttShouldBoundEveryAttemptTogether() {
		this.receiver.answer("/very-slow", 3000, 200);
		JsonPath delivery = fire(this.receiver.url("/very-slow") + "#tt=500&rp=all&rc=5");
		assertThat(delivery.getString("state")).isEqualTo("failed");
		assertThat(delivery.getList("attempts.outcome")).containsExactly("total_timeout");
		assertThat(delivery.getLong("attempts[0].duration_ms")).isBetween(450L, 2900L);
	}

	@Test
	void ctShouldBoundTheConnectAndRpAllShouldRetryAnyFailure() throws IOException {
		try (ServerSocket full = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			List<Socket> backlog = fill(full);
			try {
				JsonPath delivery = fire("http://127.0.0.1:" + full.getLocalPort() + "/unanswered#ct=300&rc=1&rp=all");
				assertThat(delivery.getList("attempts.outcome")).containsExactly("connect_failed", "connect_failed");
				assertThat(delivery.getLong("attempts[0].duration_ms")).isBetween(250L, 2900L);
			}
			finally {
				for (Socket socket : backlog) {
					socket.close();
				}
			}
		}
	}

	@Test
	void edgeAndSniShouldBeAcceptedAndTheFragmentNeverSent() {
		JsonPath delivery = fire(this.receiver.url("/edge") + "#e=ashburn&sni=y&rc=0");
		assertThat(delivery.getString("state")).isEqualTo("delivered");
		assertThat(delivery.getString("url")).isEqualTo(this.receiver.url("/edge") + "#e=ashburn&sni=y&rc=0");
		assertThat(this.receiver.received("/edge")).singleElement()
			.satisfies((request) -> assertThat(request.rawQuery()).isNull());
	}

	/** A listening socket whose backlog is full: a further connect is never answered. */
	private static List<Socket> fill(ServerSocket server) {
		List<Socket> sockets = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			Socket socket = new Socket();
			try {
				socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.getLocalPort()), 200);
				sockets.add(socket);
			}
			catch (IOException ex) {
				break;
			}
		}
		return sockets;
	}

	/** One webhook of an assistant of its own, so that it gets the only delivery. */
	private JsonPath fire(String url) {
		this.assistant = TestAccounts.freshAssistant();
		createWebhook(ACCOUNT, PASSWORD, this.assistant, "hook", "onDialogueEnd", url, "POST");
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("events", List.of("onDialogueEnd"));
		body.put("wait", true);
		body.put("account_sid", ACCOUNT);
		JsonPath fired = EventsApi.trigger(this.assistant, body).then().statusCode(201).extract().jsonPath();
		assertThat(fired.getList("deliveries")).as("one delivery per trigger").hasSize(1);
		return fired.setRootPath("deliveries[0]");
	}

}
