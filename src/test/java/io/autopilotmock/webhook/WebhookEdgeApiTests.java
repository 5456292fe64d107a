package io.autopilotmock.webhook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.autopilotmock.twilio.FixedClockConfiguration;
import io.autopilotmock.twilio.TestAccounts;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The edges of the Webhooks API over real HTTP: length limits, paging parameters and
 * tokens, methods, SID case, body limits, and failed requests that must leave no trace.
 * Every request acts for this class's own account, so that no other class and no earlier
 * run on a reused database is seen.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(FixedClockConfiguration.class)
class WebhookEdgeApiTests {

	private static final String ACCOUNT = TestAccounts.fresh();

	private static final int TWO_MB = 2 * 1024 * 1024;

	@LocalServerPort
	int port;

	String assistant;

	@BeforeEach
	void setUp() {
		RestAssured.port = this.port;
		this.assistant = TestAccounts.freshAssistant();
	}

	@Test
	void webhookUrlShouldTakeExactly2048Characters() {
		String url2048 = "https://example.com/" + "a".repeat(2048 - 20);
		assertThat(url2048).hasSize(2048);
		create("long-url", "onDialogueStart", url2048).then().statusCode(201).body("webhook_url", equalTo(url2048));
		assertError(create("too-long-url", "onDialogueStart", url2048 + "a"), 400, 20001,
				"WebhookUrl must be at most 2048 characters long");
	}

	@Test
	void eventsShouldTakeExactly1024Characters() {
		String events1024 = "onDialogueStart ".repeat(63) + "onCollectAttempt";
		assertThat(events1024).hasSize(1024);
		create("long-events", events1024, WebhookApi.HOOK_URL).then()
			.statusCode(201)
			.body("events", equalTo(events1024));
		assertError(create("too-long-events", events1024 + " onDialogueEnd".substring(0, 1) + "x", WebhookApi.HOOK_URL),
				400, 20001, "Events must be at most 1024 characters long");
		// The update checks the same limits.
		assertError(
				as().contentType(ContentType.URLENC).formParam("Events", events1024 + "x").post(path("long-events")),
				400, 20001, "Events must be at most 1024 characters long");
	}

	@Test
	void pagePastTheEndShouldBeEmptyWithAPreviousPage() {
		List<String> sids = createMany(3);
		Response page = as().get(listPath() + "?PageSize=2&Page=5");
		page.then()
			.statusCode(200)
			.body("webhooks.size()", equalTo(0))
			.body("meta.page", equalTo(5))
			.body("meta.next_page_url", equalTo(null))
			.body("meta.previous_page_url", equalTo(listUrl() + "?PageSize=2&Page=4"));
		assertThat(sids).hasSize(3);
	}

	@Test
	void emptyPageSizeAndPageShouldMeanTheDefaults() {
		String sid = createMany(1).get(0);
		as().get(listPath() + "?PageSize=&Page=&PageToken=")
			.then()
			.statusCode(200)
			.body("meta.page_size", equalTo(50))
			.body("meta.page", equalTo(0))
			.body("meta.url", equalTo(listUrl() + "?PageSize=50&Page=0"))
			.body("webhooks.sid", equalTo(List.of(sid)));
	}

	@Test
	void malformedPageTokensShouldBe400() {
		String hex = "0123456789abcdef".repeat(2);
		// A row number was this emulator's token once; an assistant's SID names no
		// webhook.
		for (String token : List.of("PA", "PB", "PA+5", "PB-1", "PA 5", "PA5x", "pa5", "XX5", "PA0",
				"PA99999999999999999999", "PAUA" + hex, "PAUM" + hex.substring(1), "PAUM" + hex + "0", "paUM" + hex,
				"XXUM" + hex, "PA UM" + hex)) {
			assertError(as().queryParam("PageToken", token).get(listPath()), 400, 20001, "Invalid PageToken: " + token);
		}
		as().queryParam("PageToken", "PBUM" + hex.toUpperCase(java.util.Locale.ROOT))
			.get(listPath())
			.then()
			.statusCode(200)
			.body("meta.url", equalTo(listUrl() + "?PageSize=50&Page=0&PageToken=PBUM" + hex));
	}

	@Test
	void aTokenFromAnotherAssistantsListShouldOnlyEverPageThisOne() {
		List<String> mine = createMany(3);
		String other = TestAccounts.freshAssistant();
		List<String> theirs = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			theirs.add(WebhookApi.create(other, "theirs-" + i, as()).then().statusCode(201).extract().path("sid"));
		}
		String theirNext = as().get("/v1/Assistants/" + other + "/Webhooks?PageSize=1").path("meta.next_page_url");
		String token = theirNext.substring(theirNext.indexOf("PageToken=") + "PageToken=".length());
		assertThat(token).isEqualTo("PA" + theirs.get(0));
		// The token names a row this list does not have: it reads this list from its
		// start, never the other's.
		as().get(listPath() + "?PageSize=2&PageToken=" + token)
			.then()
			.statusCode(200)
			.body("webhooks.sid", equalTo(mine.subList(0, 2)))
			.body("meta.previous_page_url", equalTo(null))
			.body("meta.next_page_url", equalTo(listUrl() + "?PageSize=2&Page=1&PageToken=PA" + mine.get(1)));
	}

	@Test
	void aTokenWhoseRowWasDeletedShouldReadTheListFromItsStartWithoutSkippingARow() {
		List<String> sids = createMany(6);
		Response first = as().get(listPath() + "?PageSize=2");
		String next = first.path("meta.next_page_url");
		// Deleting each row as it is read, the page's last row included, reads every row
		// once.
		as().delete(path(sids.get(0))).then().statusCode(204);
		as().delete(path(sids.get(1))).then().statusCode(204);
		Response second = as().urlEncodingEnabled(false).get(next);
		second.then()
			.statusCode(200)
			.body("webhooks.sid", equalTo(sids.subList(2, 4)))
			.body("meta.page", equalTo(1))
			.body("meta.previous_page_url", equalTo(null))
			.body("meta.next_page_url", equalTo(listUrl() + "?PageSize=2&Page=2&PageToken=PA" + sids.get(3)));
		// A previous page whose first row is gone reads from the start as well.
		String previous = as().get(listPath() + "?PageSize=2&Page=1").path("meta.previous_page_url");
		assertThat(previous).endsWith("&PageToken=PB" + sids.get(4));
		as().delete(path(sids.get(4))).then().statusCode(204);
		as().urlEncodingEnabled(false)
			.get(previous)
			.then()
			.statusCode(200)
			.body("webhooks.sid", equalTo(List.of(sids.get(2), sids.get(3))));
	}

	@Test
	void aPageEmptiedByDeletesShouldEndTheListCleanly() {
		List<String> sids = createMany(4);
		Response first = as().get(listPath() + "?PageSize=2");
		String next = first.path("meta.next_page_url");
		as().delete(path(sids.get(2))).then().statusCode(204);
		as().delete(path(sids.get(3))).then().statusCode(204);
		as().urlEncodingEnabled(false)
			.get(next)
			.then()
			.statusCode(200)
			.body("webhooks.size()", equalTo(0))
			.body("meta.next_page_url", equalTo(null))
			.body("meta.previous_page_url", equalTo(null));
	}

	@Test
	void otherMethodsShouldBe405WithAllowOnEveryResource() {
		String sid = createMany(1).get(0);
		Map<String, String> allowed = Map.of("/v1/Assistants", "GET,POST", "/v1/Assistants/" + this.assistant,
				"GET,POST,DELETE", listPath(), "GET,POST", path(sid), "GET,POST,DELETE");
		allowed.forEach((resource, allow) -> {
			List<Response> refused = new ArrayList<>(List.of(as().put(resource), as().patch(resource)));
			if (!allow.contains("DELETE")) {
				refused.add(as().delete(resource));
			}
			for (Response response : refused) {
				assertError(response, 405, 20004, "Method not allowed");
				assertThat(response.header("Allow").split(",\\s*")).as(resource)
					.containsExactlyInAnyOrder(allow.split(","));
			}
		});
	}

	@Test
	void anUpperCaseWebhookSidInThePathShouldAnswerInLowerCase() {
		String sid = createMany(1).get(0);
		String upper = "UM" + sid.substring(2).toUpperCase();
		as().get(listPath() + "/" + upper)
			.then()
			.statusCode(200)
			.body("sid", equalTo(sid))
			.body("url", equalTo(listUrl() + "/" + sid));
		as().contentType(ContentType.URLENC)
			.formParam("WebhookMethod", "GET")
			.post(listPath() + "/" + upper)
			.then()
			.statusCode(200)
			.body("sid", equalTo(sid))
			.body("webhook_method", equalTo("GET"));
		as().delete(listPath() + "/" + upper).then().statusCode(204);
		as().get(path(sid)).then().statusCode(404);
	}

	@Test
	void aBodyOfExactly2MbShouldBeReadAndOneByteMoreBe413() {
		String prefix = "UniqueName=";
		String exactly = prefix + "x".repeat(TWO_MB - prefix.length());
		// Read, then refused by the rules.
		assertError(as().contentType(ContentType.URLENC).body(exactly).post(listPath()), 400, 20001,
				"Missing required parameter Events in the post body");
		assertError(as().contentType(ContentType.URLENC).body(exactly + "x").post(listPath()), 413, 413,
				"Request body too large");
	}

	@Test
	void aChunkedBodyOverTheLimitShouldBe413() throws IOException {
		byte[] body = ("UniqueName=" + "x".repeat(TWO_MB)).getBytes(StandardCharsets.US_ASCII);
		Raw answer = chunked(listPath(), "application/x-www-form-urlencoded", body);
		assertThat(answer.status()).isEqualTo(413);
		assertThat(answer.body()).isEqualTo(
				"{\"code\":413,\"message\":\"Request body too large\",\"more_info\":\"https://www.twilio.com/docs/errors/413\",\"status\":413}");
	}

	@Test
	void aBodyWithoutContentTypeShouldBe415PlainOrChunked() throws IOException {
		assertError(as().body("UniqueName=x".getBytes(StandardCharsets.US_ASCII)).post(listPath()), 415, 415,
				"Unsupported media type: send application/x-www-form-urlencoded");
		Raw answer = chunked(listPath(), null, "UniqueName=x".getBytes(StandardCharsets.US_ASCII));
		assertThat(answer.status()).isEqualTo(415);
		assertThat(answer.body()).contains("\"code\":415");
		Raw json = chunked(listPath(), "application/json", "{}".getBytes(StandardCharsets.US_ASCII));
		assertThat(json.status()).isEqualTo(415);
	}

	@Test
	void failedRequestsShouldRegisterNoAssistant() {
		String webhook = "UM0123456789abcdef0123456789abcdef";
		assertError(create("bad", "onNothing", WebhookApi.HOOK_URL), 400, 20001,
				"Events contains an unknown event: onNothing");
		as().get(path(webhook)).then().statusCode(404);
		as().get(path("by-name")).then().statusCode(404);
		as().contentType(ContentType.URLENC)
			.formParam("Events", "onDialogueEnd")
			.post(path(webhook))
			.then()
			.statusCode(404);
		as().delete(path(webhook)).then().statusCode(404);
		// A list answers, as auto-creation promises, but a read registers nothing.
		as().get(listPath())
			.then()
			.statusCode(200)
			.body("webhooks.size()", equalTo(0))
			.body("meta.url", equalTo(listUrl() + "?PageSize=50&Page=0"));
		assertError(as().get("/v1/Assistants/" + this.assistant), 404, 20404,
				"The requested resource /Assistants/" + this.assistant + " was not found");
		assertThat(as().get("/v1/Assistants?PageSize=1000").<List<String>>path("assistants.sid"))
			.doesNotContain(this.assistant);

		create("good", "onDialogueStart", WebhookApi.HOOK_URL).then().statusCode(201);
		as().get("/v1/Assistants/" + this.assistant).then().statusCode(200).body("sid", equalTo(this.assistant));
	}

	@Test
	void oneKeepAliveConnectionShouldServeMoreThanTomcatsDefault100Requests() throws IOException {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			InputStream in = socket.getInputStream();
			String request = "GET " + listPath() + " HTTP/1.1\r\nHost: localhost\r\n\r\n";
			for (int i = 1; i <= 150; i++) {
				out.write(request.getBytes(StandardCharsets.US_ASCII));
				out.flush();
				String head = readHead(in);
				assertThat(head).as("answer %d", i)
					.startsWith("HTTP/1.1 200")
					.doesNotContainIgnoringCase("Connection: close");
				skipBody(in, head);
			}
		}
	}

	private static String readHead(InputStream in) throws IOException {
		StringBuilder head = new StringBuilder();
		while (head.indexOf("\r\n\r\n") < 0) {
			int c = in.read();
			if (c < 0) {
				throw new IOException("Connection closed after: " + head);
			}
			head.append((char) c);
		}
		return head.toString();
	}

	private static void skipBody(InputStream in, String head) throws IOException {
		java.util.regex.Matcher length = java.util.regex.Pattern.compile("(?i)content-length: *(\\d+)").matcher(head);
		if (length.find()) {
			in.readNBytes(Integer.parseInt(length.group(1)));
			return;
		}
		while (true) {
			String size = readLine(in);
			int bytes = Integer.parseInt(size.trim(), 16);
			in.readNBytes(bytes + 2);
			if (bytes == 0) {
				return;
			}
		}
	}

	@Test
	void errorsShouldAnswerWithTheirLengthRatherThanInChunks() {
		// As a successful answer does: the error is written once, whole, with its length.
		List<Response> errors = List.of(as().get(path("WH" + "0".repeat(32))),
				create("", "onDialogueStart", WebhookApi.HOOK_URL), as().patch(listPath()));
		assertThat(errors).extracting(Response::statusCode).containsExactly(404, 400, 405);
		for (Response error : errors) {
			assertThat(error.header("Transfer-Encoding")).isNull();
			assertThat(error.header("Content-Length")).isEqualTo(Integer.toString(error.asByteArray().length));
			assertThat(error.asString()).startsWith("{\"code\":").endsWith(",\"status\":" + error.statusCode() + "}");
		}
	}

	private static String readLine(InputStream in) throws IOException {
		StringBuilder line = new StringBuilder();
		int c;
		while ((c = in.read()) != '\n') {
			if (c < 0) {
				throw new IOException("Connection closed");
			}
			line.append((char) c);
		}
		return line.toString();
	}

	private RequestSpecification as() {
		return RestAssured.given().auth().preemptive().basic(ACCOUNT, "any");
	}

	private Response create(String uniqueName, String events, String url) {
		return as().contentType(ContentType.URLENC.withCharset("UTF-8"))
			.formParam("UniqueName", uniqueName)
			.formParam("Events", events)
			.formParam("WebhookUrl", url)
			.post(listPath());
	}

	private List<String> createMany(int count) {
		List<String> sids = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			sids.add(create("hook-" + i, "onDialogueStart", WebhookApi.HOOK_URL).then()
				.statusCode(201)
				.extract()
				.path("sid"));
		}
		return sids;
	}

	private static void assertError(Response response, int status, int code, String message) {
		response.then()
			.statusCode(status)
			.contentType(ContentType.JSON)
			.body("code", equalTo(code))
			.body("message", equalTo(message))
			.body("more_info", equalTo("https://www.twilio.com/docs/errors/" + code))
			.body("status", equalTo(status));
	}

	/** A POST with a chunked body, which rest-assured cannot send. */
	private Raw chunked(String path, String contentType, byte[] body) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			String head = "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
					+ "Transfer-Encoding: chunked\r\n"
					+ ((contentType != null) ? "Content-Type: " + contentType + "\r\n" : "") + "\r\n";
			out.write(head.getBytes(StandardCharsets.US_ASCII));
			InputStream chunks = new ByteArrayInputStream(body);
			byte[] chunk = new byte[64 * 1024];
			int read;
			try {
				while ((read = chunks.read(chunk)) > 0) {
					out.write((Integer.toHexString(read) + "\r\n").getBytes(StandardCharsets.US_ASCII));
					out.write(chunk, 0, read);
					out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
				}
				out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
				out.flush();
			}
			catch (IOException ex) {
				// The server may answer and close before it has read everything.
			}
			String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			int status = Integer.parseInt(response.substring(9, 12));
			String payload = response.substring(response.indexOf("\r\n\r\n") + 4);
			return new Raw(status, dechunk(payload));
		}
	}

	/** The body of a response that may itself be chunked. */
	private static String dechunk(String payload) {
		if (!payload.matches("(?s)[0-9a-fA-F]+\r\n.*")) {
			return payload;
		}
		StringBuilder body = new StringBuilder();
		int at = 0;
		while (true) {
			int end = payload.indexOf("\r\n", at);
			int size = Integer.parseInt(payload.substring(at, end), 16);
			if (size == 0) {
				return body.toString();
			}
			body.append(payload, end + 2, end + 2 + size);
			at = end + 2 + size + 2;
		}
	}

	private String listPath() {
		return "/v1/Assistants/" + this.assistant + "/Webhooks";
	}

	private String listUrl() {
		return "http://localhost:" + this.port + listPath();
	}

	private String path(String webhook) {
		return listPath() + "/" + webhook;
	}

	private record Raw(int status, String body) {

	}

}
