package io.autopilotmock;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * A corpus of hostile requests, sent over raw sockets to the Twilio API and to
 * {@code /__admin}: odd field values, random bytes, oversized and repeated parameters,
 * odd paths and methods, malformed multipart, JSON and charsets, and garbage that is not
 * HTTP at all. None may get a 5xx, every 4xx must carry Twilio's error body, and the data
 * of another account must come out of it exactly as it went in.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class HostileRequestsTests {

	/** The account every hostile request acts for. */
	private static final String VICTIM = "AC0000000000000000000000000000bad0";

	/** The account whose data must come out unharmed. */
	private static final String BYSTANDER = "AC0000000000000000000000000000a11e";

	private static final String ASSISTANT = "UA0000000000000000000000000000bad0";

	private static final String WEBHOOKS = "/v1/Assistants/" + ASSISTANT + "/Webhooks";

	private static final JsonMapper json = JsonMapper.builder().build();

	/**
	 * Twilio's resources and the control calls, each as a request line's method and path.
	 */
	private static final List<String> TARGETS = List.of("POST /v1/Assistants", "GET /v1/Assistants",
			"POST /v1/Assistants/" + ASSISTANT, "POST " + WEBHOOKS, "GET " + WEBHOOKS, "POST " + WEBHOOKS + "/hook",
			"DELETE " + WEBHOOKS + "/hook", "GET /__admin/requests", "DELETE /__admin/requests?account_sid=" + VICTIM,
			"POST /__admin/faults", "GET /__admin/faults", "DELETE /__admin/faults/1",
			"POST /__admin/reset?account_sid=" + VICTIM, "GET /__admin/state?account_sid=" + VICTIM,
			"PUT /__admin/state?account_sid=" + VICTIM, "PUT /__admin/clock");

	private static final List<String> ODD_VALUES = List.of("", " ", "%00", "%0D%0A", "%F0%9F%98%80".repeat(200),
			"%E2%80%AE", "a".repeat(10_000), "..%2F..%2Fetc%2Fpasswd", "%3Cscript%3E", "%27+OR+1%3D1--", "-1",
			"99999999999999999999", "NaN", "1e400", "%EF%BB%BF", "%C0%AF", "%ED%A0%80", "%FF", "%", "%zz", "+",
			"PA0000", "UM" + "0".repeat(32), "onDialogueStart%00", "javascript:alert(1)", "http://[::1", "GET%00");

	private static final List<String> FIELDS = List.of("UniqueName", "FriendlyName", "Events", "WebhookUrl",
			"WebhookMethod", "PageSize", "Page", "PageToken", "account_sid");

	private static final List<String> ODD_JSON = List.of("{", "}", "[", "{\"status\":", "{\"status\": 500,}",
			"[".repeat(5000) + "]".repeat(5000), "{\"a\":".repeat(2000), "null", "1", "\"\\ud800\"",
			"{\"status\": 1e400}", "{\"status\": 500.5}", "{\"status\": \"\\u0000\"}",
			"{\"status\": 500, \"status\": \"x\"}", "{\"delay_ms\": 99999999999999999999999}",
			"{\"times\": -2147483649}", "{\"path\": \"/v1/\\u0000\"}", "{\"method\": \"" + "G".repeat(10_000) + "\"}",
			"{\"status\": 500, \"account_sid\": [\"" + VICTIM + "\"]}", "{\"accounts\": [{\"account_sid\": \"AC1\"}]}",
			"{\"time\": \"yesterday\"}", "{\"advance\": \"PT-999999999H\"}",
			"{\"time\": \"+999999999-12-31T23:59:59Z\"}", "\uFEFF{}", "{\"network\": {}}");

	private static final List<String> ODD_PATHS = List.of("/v1", "/v1/", "//v1/Assistants", "/v1//Assistants",
			"/v1/Assistants/%00", "/v1/Assistants/%2e%2e/%2e%2e", "/v1/..;/__admin/reset", "/v1/Assistants/%ZZ",
			"/v1/Assistants/" + "A".repeat(8000), "/v1/Assistants/%F0%9F%98%80", "/v1/Assistants/UA%30%30",
			"/v1/Assistants;jsessionid=1", "/v1/Assistants/x/Webhooks/y/z", "/__admin", "/__admin/",
			"/__admin/../v1/Assistants", "/__admin/faults/%FF", "/__admin/faults/99999999999999999999999",
			"/__admin/requests/1", "/__admin/nothing", "/%2e%2e/%2e%2e/etc/passwd", "/v1/Assistants?%=",
			"/v1/Assistants?PageSize=%", "/v1/Assistants?" + "a=1&".repeat(3000), "/v1/Assistants#frag", "*",
			"http://evil.example.com/v1/Assistants", "/v1/Assistants/\\..\\", "/__admin/requests?limit=%FF");

	private static final List<String> ODD_METHODS = List.of("PATCH", "OPTIONS", "TRACE", "HEAD", "PROPFIND", "FOO",
			"get", "M".repeat(300), "DELETE", "PUT", "POST");

	@LocalServerPort
	int port;

	private final List<String> failures = new ArrayList<>();

	@BeforeEach
	void setUp() {
		RestAssured.port = this.port;
	}

	@Test
	void noHostileRequestShouldGetA5xxOrAnErrorWithoutTwilioBodyOrHarmTheStore() throws Exception {
		String before = bystanderState();
		oddFieldValues();
		randomBytes();
		oversizedAndRepeatedParameters();
		oddPathsAndMethods();
		malformedMultipart();
		malformedJsonAndCharsets();
		rawSocketGarbage();
		// Moved by the odd clock documents that were valid: back to real time.
		RestAssured.delete("/__admin/clock").then().statusCode(200);
		assertThat(this.failures).as("%d failures", this.failures.size()).isEmpty();
		assertThat(bystanderState()).isEqualTo(before);
		RestAssured.get("/__admin/faults")
			.then()
			.statusCode(200)
			.body("faults.findAll { it.account_sid != '%s' }.size()".formatted(VICTIM), equalTo(0));
		RestAssured.given()
			.auth()
			.preemptive()
			.basic(VICTIM, "x")
			.formParam("UniqueName", "after-the-storm")
			.formParam("Events", "onDialogueStart")
			.formParam("WebhookUrl", "https://example.com/hook")
			.post(WEBHOOKS)
			.then()
			.statusCode(201)
			.body("unique_name", equalTo("after-the-storm"));
		RestAssured.delete("/__admin/faults?account_sid={account}", VICTIM).then().statusCode(200);
	}

	@Test
	void aMalformedMultipartPostShouldBe415NotA500() throws Exception {
		Answer api = send(request("POST " + WEBHOOKS, "multipart/form-data; boundary=xyz", "--xyz\r\nnot a part"));
		assertThat(api.status).isEqualTo(415);
		assertThat(api.body).contains("\"code\":415");
		Answer admin = send(request("POST /__admin/faults", "multipart/form-data; boundary=xyz", "--xyz\r\ngarbage"));
		assertThat(admin.status).isEqualTo(415);
		Answer noBoundary = send(request("POST " + WEBHOOKS, "multipart/form-data", "UniqueName=x"));
		assertThat(noBoundary.status).isEqualTo(415);
	}

	@ParameterizedTest
	@ValueSource(strings = { "POST /__admin/faults", "PUT /__admin/clock", "PUT /__admin/state",
			"POST /__admin/Assistants/" + ASSISTANT + "/Dialogues" })
	void aJsonBodyPastItsLimitShouldBe413BeforeItIsRead(String target) throws Exception {
		int limit = target.equals("PUT /__admin/state") ? 8 * 1024 * 1024 : 1024 * 1024;
		String tooLarge = "{\"x\": \"" + "x".repeat(limit) + "\"}";
		Answer declared = send(request(target, "application/json", tooLarge));
		assertThat(declared.status).isEqualTo(413);
		assertThat(declared.body).contains("\"code\":413").contains("at most " + limit + " bytes");
		Answer chunked = send(chunked(target, tooLarge));
		assertThat(chunked.status).isEqualTo(413);
		assertThat(isTwilioError(chunked)).isTrue();
	}

	@Test
	void aStateDocumentPastTheBodyLimitButWithinItsOwnShouldBeRead() throws Exception {
		String document = "{\"accounts\": [], \"padding\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}";
		Answer answer = send(request("PUT /__admin/state?account_sid=" + VICTIM, "application/json", document));
		assertThat(answer.status).isEqualTo(400);
		assertThat(answer.body).contains("unknown field: padding");
	}

	/**
	 * Control calls read their JSON strictly: numbers are JSON numbers, a field no call
	 * takes is named, and dates and the clock stay within years 1970 to 9999.
	 */
	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					POST /__admin/faults | {"status": "500"}                  | wrong type at status (expected a JSON integer)
					POST /__admin/faults | {"status": 500.5}                  | wrong type at status (expected a JSON integer)
					POST /__admin/faults | {"delay_ms": "100"}                | wrong type at delay_ms (expected a JSON integer)
					POST /__admin/faults | {"status": 500, "stauts": 1}       | unknown field: stauts
					POST /__admin/faults | {"times": true, "status": 500}     | wrong type at times
					PUT /__admin/clock   | {"advance": "P106751991167300D"}   | advance must set the clock from 1970-01-01T00:00:00Z to 9999-12-31T23:59:59Z
					PUT /__admin/clock   | {"advance": "PT-9999999999999H"}   | advance must set the clock from
					PUT /__admin/clock   | {"advance": "-P30000D"}            | advance must set the clock from
					PUT /__admin/clock   | {"time": "1969-12-31T23:59:59Z"}   | time must set the clock from
					PUT /__admin/clock   | {"time": "+10000-01-01T00:00:00Z"} | time must set the clock from
					PUT /__admin/clock   | {"time": "2023-05-04T09:42:00Z", "frozen": true} | unknown field: frozen
					POST /__admin/Assistants/UA0000000000000000000000000000bad0/Dialogues | {"events": ["onDialogueStart"], "evnets": 1} | unknown field: evnets
					POST /__admin/Assistants/UA0000000000000000000000000000bad0/Dialogues | {"delay_ms": "5"} | wrong type at delay_ms
					PUT /__admin/state?account_sid=AC0000000000000000000000000000bad0 | {"accounts": [{"account_sid": "AC0000000000000000000000000000bad0", "assistants": [{"sid": "UA0000000000000000000000000000bad1", "date_created": "0000-01-01T00:00:00Z"}]}]} | date_created must be from 1970-01-01T00:00:00Z
					PUT /__admin/state?account_sid=AC0000000000000000000000000000bad0 | {"accounts": [], "version": 2} | unknown field: version
					""")
	void controlCallsShouldReadTheirJsonStrictly(String target, String body, String message) throws Exception {
		Answer answer = send(request(target, "application/json", body));
		assertThat(answer.status).as(answer.body).isEqualTo(400);
		assertThat(isTwilioError(answer)).isTrue();
		assertThat(answer.body).contains("\"code\":20001").contains(message);
	}

	@Test
	void theErrorPageAskedForDirectlyShouldBe404() throws Exception {
		for (String method : List.of("GET", "POST", "DELETE")) {
			Answer answer = send(request(method + " /error", null, null));
			assertThat(answer.status).isEqualTo(404);
			assertThat(isTwilioError(answer)).isTrue();
		}
	}

	@ParameterizedTest
	@ValueSource(ints = { 17 * 1024, 60 * 1024 })
	void headersAndRequestLinesPastTheirLimitShouldBeRefusedInTwilioShape(int size) throws Exception {
		Answer header = send(raw("GET /v1/Assistants HTTP/1.1\r\nHost: x\r\nX-Big: " + "h".repeat(size)
				+ "\r\nConnection: close\r\n\r\n"));
		assertThat(header.status).isEqualTo(400);
		assertThat(isTwilioError(header)).isTrue();
		Answer path = send(raw(
				"GET /v1/Assistants/" + "p".repeat(size) + " HTTP/1.1\r\nHost: x\r\n" + "Connection: close\r\n\r\n"));
		assertThat(path.status).isEqualTo(400);
		assertThat(isTwilioError(path)).isTrue();
	}

	/**
	 * Each odd value in some field of every target; across the targets, in every field.
	 */
	private void oddFieldValues() throws IOException {
		for (int t = 0; t < TARGETS.size(); t++) {
			String target = TARGETS.get(t);
			for (int v = 0; v < ODD_VALUES.size(); v++) {
				String value = ODD_VALUES.get(v);
				String form = FIELDS.get((t + v) % FIELDS.size()) + "=" + value;
				check(target + " " + abbreviate(form), request(target, "application/x-www-form-urlencoded", form));
				if (target.startsWith("GET")) {
					String separator = target.contains("?") ? "&" : "?";
					check(target + "?" + abbreviate(form), request(target + separator + form, null, null));
				}
			}
		}
	}

	private void randomBytes() throws IOException {
		Random random = new Random(11);
		for (String target : TARGETS) {
			for (String type : Arrays.asList("application/x-www-form-urlencoded", "application/json", null)) {
				byte[] bytes = new byte[1 + random.nextInt(4096)];
				random.nextBytes(bytes);
				check(target + " random " + type, request(target, type, bytes));
			}
		}
	}

	private void oversizedAndRepeatedParameters() throws IOException {
		String huge = "UniqueName=" + "x".repeat(3 * 1024 * 1024);
		String repeated = "UniqueName=a&".repeat(500) + "Events=onDialogueStart";
		String many = "p=1&".repeat(5000);
		for (String target : TARGETS) {
			check(target + " 3 MB form", request(target, "application/x-www-form-urlencoded", huge));
			check(target + " 3 MB JSON",
					request(target, "application/json", "[\"" + "x".repeat(3 * 1024 * 1024) + "\"]"));
			check(target + " repeated", request(target, "application/x-www-form-urlencoded", repeated));
			check(target + " 5000 parameters", request(target, "application/x-www-form-urlencoded", many));
		}
		check("100 KB query", request("GET /v1/Assistants?q=" + "x".repeat(100_000), null, null));
		check("100 KB header", raw("GET /v1/Assistants HTTP/1.1\r\nHost: x\r\nX-Big: " + "h".repeat(100_000)
				+ "\r\nConnection: close\r\n\r\n"));
	}

	private void oddPathsAndMethods() throws IOException {
		for (String path : ODD_PATHS) {
			for (String method : List.of("GET", "POST", "DELETE")) {
				check(method + " " + abbreviate(path), request(method + " " + path, null, null));
			}
		}
		for (String target : TARGETS) {
			String path = target.substring(target.indexOf(' ') + 1);
			for (String method : ODD_METHODS) {
				check(abbreviate(method) + " " + path, request(method + " " + path, null, null));
			}
		}
	}

	private void malformedMultipart() throws IOException {
		List<String> types = List.of("multipart/form-data", "multipart/form-data; boundary=",
				"multipart/form-data; boundary=xyz", "multipart/form-data; boundary=" + "b".repeat(5000),
				"multipart/mixed; boundary=xyz", "multipart/form-data; boundary=\"unterminated");
		List<String> bodies = List.of("", "--xyz", "--xyz\r\n\r\n", "--xyz\r\nContent-Disposition: form-data\r\n\r\nx",
				"--xyz\r\nContent-Disposition: form-data; name=\"UniqueName\"\r\n\r\nvalue\r\n--xyz--",
				"--xyz\r\nContent-Disposition: form-data; name=\"f\"; filename=\"../../x\"\r\n\r\n"
						+ "z".repeat(100_000),
				"--xyz\r\n" + "X-H: v\r\n".repeat(2000) + "\r\n--xyz--");
		for (String target : TARGETS) {
			for (int i = 0; i < types.size(); i++) {
				check(target + " " + types.get(i), request(target, types.get(i), bodies.get(i % bodies.size())));
			}
			for (String body : bodies) {
				check(target + " multipart " + abbreviate(body),
						request(target, "multipart/form-data; boundary=xyz", body));
			}
		}
	}

	private void malformedJsonAndCharsets() throws IOException {
		for (String target : TARGETS) {
			for (String body : ODD_JSON) {
				String victimBody = body.startsWith("{\"")
						? "{\"account_sid\": \"" + VICTIM + "\", " + body.substring(1) : body;
				check(target + " JSON " + abbreviate(body), request(target, "application/json", victimBody));
			}
			check(target + " invalid UTF-8 JSON", request(target, "application/json",
					new byte[] { '{', '"', (byte) 0xff, (byte) 0xfe, '"', ':', '1', '}' }));
			for (String type : List.of("application/x-www-form-urlencoded; charset=bogus",
					"application/x-www-form-urlencoded; charset=UTF-16", "application/json; charset=bogus",
					"application/json; charset=UTF-32", "application/x-www-form-urlencoded; charset=",
					"text/plain; charset=ISO-8859-1", ";;;", "application/", "*/*", "application/json; charset=\"")) {
				check(target + " " + type, request(target, type, "UniqueName=caf\u00e9&Events=x"));
				// Jackson detects UTF-16 by itself: this makes a fault, of the victim's.
				String fault = "{\"status\": 500, \"account_sid\": \"" + VICTIM + "\"}";
				check(target + " " + type + " UTF-16", request(target, type, fault.getBytes(StandardCharsets.UTF_16)));
			}
		}
	}

	private void rawSocketGarbage() throws IOException {
		Random random = new Random(7);
		for (int i = 0; i < 20; i++) {
			byte[] bytes = new byte[1 + random.nextInt(2048)];
			random.nextBytes(bytes);
			checkRaw("random bytes " + i, bytes);
		}
		String auth = "Authorization: Basic " + basic(VICTIM) + "\r\n";
		for (String garbage : List.of("GET\r\n\r\n", "GET /v1/Assistants\r\n\r\n",
				"GET /v1/Assistants HTTP/9.9\r\n\r\n",
				"GET /v1/Assistants HTTP/1.1\r\nHost: x\r\nNo colon here\r\n\r\n",
				"GET /v1/Assistants HTTP/1.1\r\nHost: x\r\nX-Nul: a\u0000b\r\n\r\n",
				"GET /v1/Assistants HTTP/1.1\r\n\r\n", "GET /v1/Assistants HTTP/1.1\r\nHost: x\r\nHost: y\r\n\r\n",
				"GET /v1/Assistants HTTP/1.1\nHost: x\n\n", "\r\n\r\nGET /v1/Assistants HTTP/1.1\r\nHost: x\r\n\r\n",
				"GET /v1/Ass istants HTTP/1.1\r\nHost: x\r\n\r\n",
				"GET /v1/Assistants\u00ff HTTP/1.1\r\nHost: x\r\n\r\n",
				"POST " + WEBHOOKS + " HTTP/1.1\r\nHost: x\r\n" + auth
						+ "Content-Length: 5\r\nContent-Length: 7\r\n\r\nabcdefg",
				"POST " + WEBHOOKS + " HTTP/1.1\r\nHost: x\r\n" + auth + "Content-Length: -1\r\n\r\n",
				"POST " + WEBHOOKS + " HTTP/1.1\r\nHost: x\r\n" + auth + "Content-Length: 99999999999999999999\r\n\r\n",
				"POST " + WEBHOOKS + " HTTP/1.1\r\nHost: x\r\n" + auth
						+ "Transfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n0\r\n\r\n",
				"POST " + WEBHOOKS + " HTTP/1.1\r\nHost: x\r\n" + auth
						+ "Transfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n0\r\n\r\n",
				"POST " + WEBHOOKS + " HTTP/1.1\r\nHost: x\r\n" + auth
						+ "Transfer-Encoding: gzip, chunked\r\n\r\n0\r\n\r\n",
				"POST " + WEBHOOKS + " HTTP/1.1\r\nHost: x\r\n" + auth
						+ "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 100\r\n\r\nUniqueName=short",
				"GET /v1/Assistants HTTP/1.1\r\nHost: x\r\nAuthorization: Basic %%%\r\n\r\n",
				"GET /v1/Assistants HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + "t".repeat(60_000) + "\r\n\r\n",
				"GET /__admin/requests HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer\r\n\r\n",
				"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n",
				"GET /v1/Assistants HTTP/1.1\r\nHost: x\r\nUpgrade: h2c\r\n"
						+ "Connection: Upgrade, HTTP2-Settings\r\nHTTP2-Settings: %%%\r\n\r\n",
				"G".repeat(70_000) + " / HTTP/1.1\r\n\r\n",
				"GET /" + "v".repeat(70_000) + " HTTP/1.1\r\nHost: x\r\n\r\n")) {
			checkRaw(abbreviate(garbage), garbage.getBytes(StandardCharsets.ISO_8859_1));
		}
	}

	private void check(String what, byte[] request) throws IOException {
		Answer answer = send(request);
		if (answer == null) {
			this.failures.add(what + ": no answer");
			return;
		}
		judge(what, answer, request);
	}

	/**
	 * Not HTTP at all: the server may also close the connection without an answer, or
	 * wait for the rest of a request that never ends.
	 */
	private void checkRaw(String what, byte[] request) throws IOException {
		Answer answer;
		try {
			answer = send(request, true);
		}
		catch (SocketTimeoutException ex) {
			return;
		}
		if (answer != null) {
			judge(what, answer, request);
		}
	}

	private void judge(String what, Answer answer, byte[] request) {
		if (answer.status >= 500 || answer.status < 100) {
			this.failures.add(what + ": " + answer.status + " " + abbreviate(answer.body));
			return;
		}
		boolean head = new String(request, 0, Math.min(5, request.length), StandardCharsets.ISO_8859_1)
			.startsWith("HEAD ");
		if (answer.status >= 400 && !head && !isTwilioError(answer)) {
			this.failures.add(what + ": " + answer.status + " without Twilio's body: " + abbreviate(answer.body));
		}
	}

	private static boolean isTwilioError(Answer answer) {
		try {
			JsonNode error = json.readTree(answer.body);
			return error.size() == 4 && error.path("code").isInt() && error.path("message").isString()
					&& error.path("more_info").asString().startsWith("https://www.twilio.com/docs/errors/")
					&& error.path("status").asInt() == answer.status;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	private byte[] request(String target, @Nullable String contentType, @Nullable Object body) {
		byte[] bytes = (body instanceof byte[] raw) ? raw
				: (body != null) ? body.toString().getBytes(StandardCharsets.UTF_8) : null;
		StringBuilder head = new StringBuilder(target).append(" HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n")
			.append("Authorization: Basic ")
			.append(basic(VICTIM))
			.append("\r\n");
		if (contentType != null) {
			head.append("Content-Type: ").append(contentType).append("\r\n");
		}
		if (bytes != null) {
			head.append("Content-Length: ").append(bytes.length).append("\r\n");
		}
		head.append("\r\n");
		byte[] start = head.toString().getBytes(StandardCharsets.UTF_8);
		if (bytes == null) {
			return start;
		}
		byte[] all = Arrays.copyOf(start, start.length + bytes.length);
		System.arraycopy(bytes, 0, all, start.length, bytes.length);
		return all;
	}

	private byte[] chunked(String target, String body) {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		StringBuilder out = new StringBuilder(target).append(" HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n")
			.append("Authorization: Basic ")
			.append(basic(VICTIM))
			.append("\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
		for (int at = 0; at < bytes.length; at += 65536) {
			int n = Math.min(65536, bytes.length - at);
			out.append(Integer.toHexString(n)).append("\r\n").append(body, at, at + n).append("\r\n");
		}
		return out.append("0\r\n\r\n").toString().getBytes(StandardCharsets.UTF_8);
	}

	private byte[] raw(String request) {
		return request.getBytes(StandardCharsets.ISO_8859_1);
	}

	private @Nullable Answer send(byte[] request) throws IOException {
		return send(request, false);
	}

	private @Nullable Answer send(byte[] request, boolean raw) throws IOException {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(raw ? 5_000 : 20_000);
			try {
				socket.getOutputStream().write(request);
				socket.getOutputStream().flush();
				if (raw) {
					socket.shutdownOutput(); // no keep-alive wait: this is all there is
				}
			}
			catch (SocketException ex) {
				// The server may answer and close before it has read everything.
			}
			return Answer.parse(readAll(socket.getInputStream()));
		}
	}

	private static byte[] readAll(InputStream in) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		try {
			for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
				out.write(buffer, 0, n);
			}
		}
		catch (SocketException ex) {
			// reset after the answer: what was read stands
		}
		return out.toByteArray();
	}

	private static String bystanderState() {
		String assistant = "UA0000000000000000000000000000a11e";
		RestAssured.given()
			.auth()
			.preemptive()
			.basic(BYSTANDER, "x")
			.formParam("UniqueName", "keep-me")
			.formParam("Events", "onDialogueStart")
			.formParam("WebhookUrl", "https://example.com/keep")
			.post("/v1/Assistants/{assistant}/Webhooks", assistant);
		return RestAssured.given()
			.auth()
			.preemptive()
			.basic(BYSTANDER, "x")
			.get("/v1/Assistants/{assistant}/Webhooks", assistant)
			.then()
			.statusCode(200)
			.contentType(ContentType.JSON)
			.extract()
			.asString();
	}

	private static String basic(String account) {
		return Base64.getEncoder().encodeToString((account + ":x").getBytes(StandardCharsets.UTF_8));
	}

	private static String abbreviate(String text) {
		String shown = text.replaceAll("[\\r\\n]", "\\\\n");
		return (shown.length() > 80) ? shown.substring(0, 80) + "…(" + shown.length() + ")" : shown;
	}

	/** A response as read off the socket: status and body, chunked encoding undone. */
	record Answer(int status, String body) {

		static @Nullable Answer parse(byte[] bytes) {
			String text = new String(bytes, StandardCharsets.ISO_8859_1);
			int end = text.indexOf("\r\n\r\n");
			if (!text.startsWith("HTTP/1.1 ") || end < 0) {
				return null;
			}
			int status = Integer.parseInt(text.substring(9, 12));
			String head = text.substring(0, end).toLowerCase(Locale.ROOT);
			String body = text.substring(end + 4);
			if (head.contains("\r\ntransfer-encoding: chunked")) {
				body = unchunked(body);
			}
			return new Answer(status, new String(body.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
		}

		private static String unchunked(String body) {
			StringBuilder out = new StringBuilder();
			int at = 0;
			while (at < body.length()) {
				int line = body.indexOf("\r\n", at);
				int size = Integer.parseInt(body.substring(at, line).trim(), 16);
				if (size == 0) {
					break;
				}
				out.append(body, line + 2, line + 2 + size);
				at = line + 2 + size + 2;
			}
			return out.toString();
		}

	}

}
