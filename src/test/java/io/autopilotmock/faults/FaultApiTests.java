package io.autopilotmock.faults;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.autopilotmock.twilio.FixedClockConfiguration;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static io.autopilotmock.twilio.TwilioErrorBodies.error;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * {@code /__admin/faults} over real HTTP in open mode without an admin token: Twilio
 * errors, network faults and delays applied to API requests, {@code times}, and every bad
 * fault.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(FixedClockConfiguration.class)
class FaultApiTests {

	private static final AtomicInteger accounts = new AtomicInteger();

	private static final String ASSISTANT = "UA000000000000000000000000000fa017";

	private static final String WEBHOOKS = "/v1/Assistants/" + ASSISTANT + "/Webhooks";

	@LocalServerPort
	int port;

	// Test classes share the application: every fault here names an account of its own,
	// so that no other class's requests meet it.
	private String account;

	@BeforeEach
	void setUp() {
		RestAssured.port = this.port;
		this.account = "AC%032x".formatted(0xfa0170 + accounts.incrementAndGet());
	}

	@AfterEach
	void removeFaults() {
		RestAssured.delete("/__admin/faults?account_sid={account}", this.account).then().statusCode(200);
	}

	@Test
	void statusFaultShouldAnswerItsErrorTimesThenTheRealAnswerAndWriteNothing() throws Exception {
		String made = fault("""
				{"method": "POST", "path": "/v1/Assistants/*/Webhooks", "status": 503, "times": 2}""").then()
			.statusCode(201)
			.contentType(ContentType.JSON)
			.extract()
			.asString();
		JSONAssert.assertEquals("""
				{"account_sid": "%s", "method": "POST", "path": "/v1/Assistants/*/Webhooks", "status": 503,
				 "code": 20503, "message": null, "network": null, "delay_ms": 0, "times": 2, "remaining": 2}"""
			.formatted(this.account), made, JSONCompareMode.LENIENT);
		for (int i = 0; i < 2; i++) {
			String body = create("hook").then().statusCode(503).contentType(ContentType.JSON).extract().asString();
			JSONAssert.assertEquals("""
					{"code": 20503, "message": "Injected fault: 503 Service Unavailable",
					 "more_info": "https://www.twilio.com/docs/errors/20503", "status": 503}""", body,
					JSONCompareMode.STRICT);
		}
		api().get(WEBHOOKS).then().statusCode(200).body("webhooks.size()", equalTo(0));
		create("hook").then().statusCode(201);
		RestAssured.get("/__admin/faults?account_sid={account}", this.account).then().body("faults.size()", equalTo(0));
		Response journal = RestAssured.get("/__admin/requests?account_sid={account}&method=POST", this.account);
		assertThat(journal.jsonPath().getList("requests.status")).containsExactly(201, 503, 503);
		assertThat(journal.jsonPath().getList("requests.code")).containsExactly(null, 20503, 20503);
	}

	@Test
	void remainingShouldCountDown() {
		int id = fault("""
				{"status": 500, "times": 3}""").path("id");
		api().get("/v1/Assistants").then().statusCode(500).body("code", equalTo(20500));
		RestAssured.get("/__admin/faults/{id}", id)
			.then()
			.statusCode(200)
			.body("times", equalTo(3))
			.body("remaining", equalTo(2));
	}

	@Test
	void codeAndMessageShouldBeAnsweredAsGiven() {
		fault("""
				{"status": 429, "code": 20429, "message": "Too Many Requests"}""").then()
			.statusCode(201)
			.body("code", equalTo(20429))
			.body("message", equalTo("Too Many Requests"))
			.body("times", equalTo(null))
			.body("remaining", equalTo(null));
		for (int i = 0; i < 3; i++) {
			api().get("/v1/Assistants").then().spec(error(429, 20429, "Too Many Requests"));
		}
	}

	@Test
	void aFaultShouldNeedNoEndpoint() {
		api().get("/v1/No/Such/Thing").then().statusCode(404);
		fault("""
				{"path": "/v1/No/*/Thing", "status": 401}""").then().statusCode(201).body("code", equalTo(20003));
		api().get("/v1/No/Such/Thing")
			.then()
			.statusCode(401)
			.header("WWW-Authenticate", "Basic realm=\"Twilio API\"")
			.body("code", equalTo(20003));
	}

	@Test
	void onlyMatchingRequestsOfTheFaultsAccountShouldMeetIt() {
		fault("""
				{"method": "GET", "path": "/v1/Assistants", "status": 500}""").then().statusCode(201);
		api().post("/v1/Assistants").then().statusCode(201);
		api().get("/v1/Assistants/nope").then().statusCode(404);
		RestAssured.given()
			.auth()
			.preemptive()
			.basic("AC%032x".formatted(0xfa01ff), "x")
			.get("/v1/Assistants")
			.then()
			.statusCode(200);
		api().get("/v1/Assistants").then().statusCode(500);
	}

	@Test
	void theNewestMatchingFaultShouldWin() {
		fault("""
				{"status": 500}""").then().statusCode(201);
		fault("""
				{"path": "/v1/Assistants", "status": 502, "times": 1}""").then().statusCode(201);
		api().get("/v1/Assistants").then().statusCode(502);
		api().get("/v1/Assistants").then().statusCode(500);
	}

	@Test
	void delayAloneShouldDelayTheRealAnswer() {
		fault("""
				{"path": "/v1/Assistants", "delay_ms": 400, "times": 1}""").then()
			.statusCode(201)
			.body("status", equalTo(null))
			.body("delay_ms", equalTo(400));
		long start = System.nanoTime();
		api().get("/v1/Assistants").then().statusCode(200);
		assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(400);
		RestAssured.get("/__admin/requests?account_sid={account}", this.account)
			.then()
			.body("requests[0].status", equalTo(200))
			.body("requests[0].duration_ms", org.hamcrest.Matchers.greaterThanOrEqualTo(400));
		long again = System.nanoTime();
		api().get("/v1/Assistants").then().statusCode(200);
		assertThat((System.nanoTime() - again) / 1_000_000).isLessThan(400);
	}

	/**
	 * A delay holds no request thread: 60 delayed requests of one account, more than
	 * Tomcat's 50 threads, leave another account's API, the control surface and health at
	 * their normal latency.
	 */
	@Test
	void delayedRequestsOfOneAccountShouldNotSlowAnother() throws Exception {
		fault("""
				{"path": "/v1/Assistants", "delay_ms": 10000, "times": 60}""").then().statusCode(201);
		HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		HttpRequest delayed = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/v1/Assistants"))
			.header("Authorization",
					"Basic " + Base64.getEncoder()
						.encodeToString((this.account + ":secret").getBytes(StandardCharsets.UTF_8)))
			.build();
		long sent = System.nanoTime();
		List<CompletableFuture<HttpResponse<String>>> held = new ArrayList<>();
		for (int i = 0; i < 60; i++) {
			held.add(client.sendAsync(delayed, HttpResponse.BodyHandlers.ofString()));
		}
		// Used up, and so gone, once all 60 requests are held.
		await().atMost(Duration.ofSeconds(8))
			.until(() -> RestAssured.get("/__admin/faults?account_sid={account}", this.account)
				.<List<?>>path("faults")
				.isEmpty());
		String other = "AC%032x".formatted(0xfa01ff00L + accounts.incrementAndGet());
		List<Long> latencies = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			latencies.add(timed(() -> RestAssured.given()
				.auth()
				.preemptive()
				.basic(other, "x")
				.get("/v1/Assistants")
				.then()
				.statusCode(200)));
			latencies
				.add(timed(() -> RestAssured.get("/__admin/faults?account_sid={a}", other).then().statusCode(200)));
			latencies.add(timed(() -> RestAssured.get("/actuator/health").then().statusCode(200)));
		}
		assertThat(System.nanoTime() - sent).as("B measured while A's requests were held")
			.isLessThan(Duration.ofMillis(10_000).toNanos());
		latencies.sort(null);
		assertThat(latencies.get((int) Math.ceil(latencies.size() * 0.99) - 1)).as("p99 in ms of %s", latencies)
			.isLessThan(1000);
		for (CompletableFuture<HttpResponse<String>> answer : held) {
			assertThat(answer.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
		}
		assertThat(System.nanoTime() - sent).isGreaterThanOrEqualTo(Duration.ofMillis(10_000).toNanos());
		assertThat(RestAssured.get("/__admin/requests?account_sid={account}", this.account).<Integer>path("total"))
			.isEqualTo(60);
	}

	private static long timed(Runnable call) {
		long start = System.nanoTime();
		call.run();
		return (System.nanoTime() - start) / 1_000_000;
	}

	@Test
	void eachAccountShouldHaveItsOwnCapOfFaults() {
		String other = "AC%032x".formatted(0xfa01fe00L + accounts.incrementAndGet());
		for (int i = 0; i < 1000; i++) {
			fault("""
					{"path": "/v1/Nothing/%d", "status": 500}""".formatted(i)).then().statusCode(201);
		}
		fault("""
				{"status": 500}""").then()
			.spec(error(400, 20001, "At most 1000 faults at a time for " + this.account + ": delete some first"));
		RestAssured.given()
			.contentType(ContentType.JSON)
			.body("{\"path\": \"/v1/Nothing\", \"status\": 500}")
			.post("/__admin/faults?account_sid={account}", other)
			.then()
			.statusCode(201);
		RestAssured.delete("/__admin/faults?account_sid={account}", other).then().statusCode(200);
	}

	@Test
	void delayShouldComeBeforeTheError() {
		fault("""
				{"status": 503, "delay_ms": 300, "times": 1}""").then().statusCode(201);
		long start = System.nanoTime();
		api().get("/v1/Assistants").then().statusCode(503);
		assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(300);
	}

	@Test
	void connectionResetShouldResetTheConnection() throws Exception {
		fault("""
				{"network": "connection_reset", "times": 1}""").then()
			.statusCode(201)
			.body("network", equalTo("connection_reset"))
			.body("status", equalTo(null))
			.body("code", equalTo(null));
		try (Socket socket = send("GET /v1/Assistants HTTP/1.1")) {
			assertThatExceptionOfType(SocketException.class).isThrownBy(() -> readAll(socket.getInputStream()))
				.withMessageContaining("reset");
		}
		assertNetworkFaultJournaled("connection_reset");
	}

	@Test
	void emptyResponseShouldCloseTheConnectionWithoutAByte() throws Exception {
		fault("""
				{"network": "empty_response", "method": "POST", "times": 1}""").then().statusCode(201);
		try (Socket socket = send("POST " + WEBHOOKS + " HTTP/1.1", "Content-Type: application/x-www-form-urlencoded",
				"Content-Length: 14", "", "UniqueName=nop")) {
			assertThat(readAll(socket.getInputStream())).isEmpty();
		}
		assertNetworkFaultJournaled("empty_response");
		api().get(WEBHOOKS).then().statusCode(200).body("webhooks.size()", equalTo(0));
	}

	@Test
	void faultsShouldBeListedFetchedAndDeletedById() {
		int first = fault("""
				{"status": 500, "path": "/v1/Nowhere"}""").path("id");
		int second = fault("""
				{"status": 502, "path": "/v1/Nowhere"}""").path("id");
		RestAssured.get("/__admin/faults?account_sid={account}", this.account)
			.then()
			.statusCode(200)
			.body("faults.id", equalTo(java.util.List.of(first, second)));
		RestAssured.get("/__admin/faults/{id}", second).then().statusCode(200).body("status", equalTo(502));
		RestAssured.delete("/__admin/faults/{id}", first).then().statusCode(200).body("deleted", equalTo(1));
		RestAssured.delete("/__admin/faults/{id}", first)
			.then()
			.statusCode(404)
			.body("code", equalTo(20404))
			.body("message", equalTo("The requested resource /__admin/faults/" + first + " was not found"));
		RestAssured.get("/__admin/faults/{id}", first).then().statusCode(404);
		RestAssured.get("/__admin/faults/not-a-number").then().statusCode(404).body("code", equalTo(20404));
		RestAssured.delete("/__admin/faults?account_sid={account}", this.account)
			.then()
			.statusCode(200)
			.body("deleted", equalTo(1));
	}

	@Test
	void badFaultsShouldBe400AndChangeNothing() {
		assertBadFault("{}", "A fault needs a status, a network fault or a delay_ms");
		assertBadFault("{\"status\": 302}", "status must be an error status from 400 to 599, was 302");
		assertBadFault("{\"status\": 600}", "status must be an error status from 400 to 599, was 600");
		assertBadFault("{\"code\": 20001, \"delay_ms\": 5}", "code and message need a status");
		assertBadFault("{\"status\": 500, \"code\": 0}", "code must be a Twilio error code from 1 to 999999");
		assertBadFault("{\"status\": 500, \"message\": \" \"}",
				"message must be non-blank text of at most 1024 characters");
		assertBadFault("{\"network\": \"meltdown\"}", "network must be connection_reset or empty_response");
		assertBadFault("{\"network\": \"empty_response\", \"status\": 500}",
				"A fault has either a status or a network fault, not both");
		assertBadFault("{\"delay_ms\": -1}", "delay_ms must be from 0 to 120000");
		assertBadFault("{\"delay_ms\": 120001}", "delay_ms must be from 0 to 120000");
		assertBadFault("{\"status\": 500, \"times\": 0}", "times must be at least 1, or absent for no limit");
		assertBadFault("{\"status\": 500, \"method\": \"get\"}",
				"method must be an upper-case HTTP method such as GET or POST");
		assertBadFault("{\"status\": 500, \"path\": \"/__admin/faults\"}",
				"path must be an API path under /v1, e.g. /v1/Assistants/*/Webhooks");
		assertBadFault("{\"status\": 500, \"path\": \"/v1/Assist*\"}",
				"path may use * only as a whole segment, e.g. /v1/Assistants/*");
		assertBadFault("{\"status\": 500, \"path\": \"/v1/Assistants?PageSize=1\"}",
				"path must be an absolute path without query, at most 2048 characters, e.g. /v1/Assistants/*/Webhooks");
		assertBadFault("{\"status\": 500, \"account_sid\": \"AC1\"}",
				"account_sid must be AC followed by 32 hex digits");
		for (String malformed : new String[] { "{", "[]", "\"status\"", "{\"status\": \"five hundred\"}", "" }) {
			RestAssured.given()
				.contentType(ContentType.JSON)
				.body(malformed)
				.post("/__admin/faults")
				.then()
				.statusCode(400)
				.contentType(ContentType.JSON)
				.body("code", equalTo(20001))
				.body("status", equalTo(400));
		}
		RestAssured.get("/__admin/faults?account_sid={account}", this.account).then().body("faults.size()", equalTo(0));
	}

	private void assertBadFault(String json, String message) {
		String body = json.equals("{}") ? "{\"account_sid\": \"" + this.account + "\"}"
				: json.replaceFirst("\\{", "{\"account_sid\": \"" + this.account + "\", ");
		if (json.contains("account_sid")) {
			body = json;
		}
		RestAssured.given()
			.contentType(ContentType.JSON)
			.body(body)
			.post("/__admin/faults")
			.then()
			.spec(error(400, 20001, message));
	}

	private void assertNetworkFaultJournaled(String network) {
		RestAssured.get("/__admin/requests?account_sid={account}", this.account)
			.then()
			.body("total", equalTo(1))
			.body("requests[0].network", equalTo(network))
			.body("requests[0].status", equalTo(null))
			.body("requests[0].code", equalTo(null));
	}

	private Response fault(String json) {
		return RestAssured.given()
			.contentType(ContentType.JSON)
			.body(json.replaceFirst("\\{", "{\"account_sid\": \"" + this.account + "\", "))
			.post("/__admin/faults");
	}

	private RequestSpecification api() {
		return RestAssured.given().auth().preemptive().basic(this.account, "token");
	}

	private Response create(String uniqueName) {
		return api().formParam("UniqueName", uniqueName)
			.formParam("Events", "onDialogueStart")
			.formParam("WebhookUrl", "https://example.com/hook")
			.post(WEBHOOKS);
	}

	private Socket send(String... lines) throws IOException {
		Socket socket = new Socket("localhost", this.port);
		socket.setSoTimeout(10_000);
		String basic = java.util.Base64.getEncoder()
			.encodeToString((this.account + ":token").getBytes(StandardCharsets.UTF_8));
		StringBuilder request = new StringBuilder(lines[0]).append("\r\nHost: localhost\r\nAuthorization: Basic ")
			.append(basic)
			.append("\r\n");
		boolean body = false;
		for (int i = 1; i < lines.length; i++) {
			body |= lines[i].isEmpty();
			request.append(lines[i]);
			if (i < lines.length - 1 || !body) {
				request.append("\r\n");
			}
		}
		if (!body) {
			request.append("\r\n");
		}
		socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.UTF_8));
		socket.getOutputStream().flush();
		return socket;
	}

	private static byte[] readAll(InputStream in) throws IOException {
		return in.readAllBytes();
	}

}
