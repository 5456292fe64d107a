package io.autopilotmock.journal;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.autopilotmock.twilio.FixedClockConfiguration;
import io.micrometer.core.instrument.MeterRegistry;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static io.autopilotmock.twilio.TwilioErrorBodies.error;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * {@code GET} and {@code DELETE /__admin/requests} over real HTTP in open mode without an
 * admin token: what is recorded of every kind of answer, each filter, and scoping.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(FixedClockConfiguration.class)
class JournalApiTests {

	private static final AtomicInteger accounts = new AtomicInteger();

	private static final String ASSISTANT = "UA0000000000000000000000000000011b";

	@LocalServerPort
	int port;

	@Autowired
	MeterRegistry meters;

	// Test classes share the application and so its journal: each test has an account
	// of its own and reads the journal through it.
	private String account;

	@BeforeEach
	void setUp() {
		RestAssured.port = this.port;
		this.account = "AC%032x".formatted(0x11b000 + accounts.incrementAndGet());
	}

	@Test
	void createShouldBeRecordedWithEveryFieldAndNoCredential() throws Exception {
		api().formParam("UniqueName", "journaled")
			.formParam("Events", "onDialogueStart")
			.formParam("WebhookUrl", "https://example.com/hook")
			.post("/v1/Assistants/{assistant}/Webhooks?Extra=1", ASSISTANT)
			.then()
			.statusCode(201);
		String body = journal("").then().statusCode(200).contentType(ContentType.JSON).extract().asString();
		JSONAssert.assertEquals("""
				{"total": 1, "requests": [{
				  "time": "2023-05-04T09:42:00Z",
				  "method": "POST",
				  "path": "/v1/Assistants/UA0000000000000000000000000000011b/Webhooks",
				  "query": "Extra=1",
				  "parameters": {"Extra": "1", "UniqueName": "journaled", "Events": "onDialogueStart",
				                 "WebhookUrl": "https://example.com/hook"},
				  "status": 201,
				  "code": null,
				  "network": null,
				  "account_sid": "%s"
				}]}""".formatted(this.account), body, JSONCompareMode.STRICT_ORDER);
		Response entry = journal("");
		assertThat(entry.<Integer>path("requests[0].id")).isPositive();
		assertThat(entry.<Integer>path("requests[0].duration_ms")).isNotNegative();
		assertThat(entry.jsonPath().getMap("requests[0]")).containsOnlyKeys("id", "time", "method", "path", "query",
				"parameters", "status", "code", "network", "duration_ms", "account_sid");
		assertThat(body).doesNotContain("secret-token").doesNotContain("Authorization").doesNotContain("Basic");
	}

	@Test
	void errorsShouldBeRecordedWithTheirTwilioCodeWhoeverAnsweredThem() {
		create("taken").then().statusCode(201);
		create("taken").then().statusCode(409); // the service, through the exception
												// handler
		api().get("/v1/Assistants/no-such-name/Webhooks").then().statusCode(404);
		api().get("/v1/Nothing/Here").then().statusCode(404); // no handler: the error
																// page
		api().put("/v1/Assistants").then().statusCode(405); // Spring MVC's own
		api().contentType("application/x-www-form-urlencoded")
			.body("UniqueName=%zz")
			.post("/v1/Assistants/{assistant}/Webhooks", ASSISTANT)
			.then()
			.statusCode(400); // the form guard
		Response journal = journal("");
		assertThat(journal.jsonPath().getList("requests.status")).containsExactly(400, 405, 404, 404, 409, 201);
		assertThat(journal.jsonPath().getList("requests.code")).containsExactly(20001, 20004, 20404, 20404, 409, null);
		assertThat(journal.jsonPath().getList("requests.path")).containsExactly(
				"/v1/Assistants/" + ASSISTANT + "/Webhooks", "/v1/Assistants", "/v1/Nothing/Here",
				"/v1/Assistants/no-such-name/Webhooks", "/v1/Assistants/" + ASSISTANT + "/Webhooks",
				"/v1/Assistants/" + ASSISTANT + "/Webhooks");
	}

	@Test
	void longPathsQueriesAndParametersShouldBeCutAtTheirStatedSizes() {
		String longPath = "/v1/Assistants/" + "p".repeat(5000) + "/Webhooks";
		api().get(longPath + "?q=" + "q".repeat(5000)).then().statusCode(404);
		Map<String, String> form = new LinkedHashMap<>();
		for (int i = 0; i < 20; i++) {
			form.put("F" + i, "v".repeat(2000));
		}
		api().formParams(form).post("/v1/Assistants/{assistant}/Webhooks", ASSISTANT).then().statusCode(400);
		Response journal = journal("");
		assertThat(journal.<String>path("requests[1].path")).hasSize(2048).isEqualTo(longPath.substring(0, 2048));
		assertThat(journal.<String>path("requests[1].query")).hasSize(2048);
		Map<String, String> kept = journal.jsonPath().getMap("requests[0].parameters");
		assertThat(kept.values()).allSatisfy((value) -> assertThat(value.length()).isLessThanOrEqualTo(1024));
		assertThat(kept.entrySet().stream().mapToInt((e) -> e.getKey().length() + e.getValue().length()).sum())
			.isLessThanOrEqualTo(8192)
			.isGreaterThan(8000);
	}

	@Test
	void requestsTomcatRefusesItselfShouldBeRecorded() throws Exception {
		api().urlEncodingEnabled(false).get("/v1/Assistants/a%2Fb/Webhooks").then().statusCode(400);
		// Tomcat answers these before any valve and reports them to the access log after
		// the answer is sent: wait for that.
		long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
		while (journal("").<Integer>path("total") == 0 && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
		journal("").then()
			.body("total", equalTo(1))
			.body("requests[0].path", equalTo("/v1/Assistants/a%2Fb/Webhooks"))
			.body("requests[0].status", equalTo(400))
			.body("requests[0].code", equalTo(20001));
		api().header("X-Padding", "p".repeat(70 * 1024)).get("/v1/Assistants").then().statusCode(400);
		deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
		while (RestAssured.get("/__admin/requests?path=/v1/Assistants&status=400").<Integer>path("total") == 0
				&& System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
		// Refused by Tomcat while it read the headers, before any valve ran.
		RestAssured.get("/__admin/requests?path=/v1/Assistants&status=400")
			.then()
			.body("total", equalTo(1))
			.body("requests[0].method", equalTo("GET"))
			.body("requests[0].code", equalTo(20001));
	}

	@Test
	void filtersShouldCombineAndTotalShouldIgnoreTheLimit() {
		create("one").then().statusCode(201);
		create("two").then().statusCode(201);
		api().get("/v1/Assistants/{assistant}/Webhooks/one", ASSISTANT).then().statusCode(200);
		api().get("/v1/Assistants/{assistant}/Webhooks/nope", ASSISTANT).then().statusCode(404);
		api().get("/v1/Assistants").then().statusCode(200);
		assertThat(journal("&method=get").<Integer>path("total")).isEqualTo(3);
		assertThat(journal("&method=POST").<Integer>path("total")).isEqualTo(2);
		assertThat(journal("&path=/v1/Assistants/*/Webhooks/*").jsonPath().getList("requests.path")).containsExactly(
				"/v1/Assistants/" + ASSISTANT + "/Webhooks/nope", "/v1/Assistants/" + ASSISTANT + "/Webhooks/one");
		assertThat(journal("&path=/v1/Assistants").<Integer>path("total")).isEqualTo(1);
		assertThat(journal("&path=/v1/*").<Integer>path("total")).isEqualTo(1);
		assertThat(journal("&status=404").<Integer>path("total")).isEqualTo(1);
		assertThat(journal("&status=2xx").<Integer>path("total")).isEqualTo(4);
		assertThat(journal("&status=201&method=POST&path=/v1/Assistants/*/Webhooks").<Integer>path("total"))
			.isEqualTo(2);
		assertThat(journal("&since=2023-05-04T09:42:00Z").<Integer>path("total")).isEqualTo(5);
		assertThat(journal("&since=2023-05-04T09:42:00.001Z").<Integer>path("total")).isEqualTo(0);
		Response limited = journal("&limit=2");
		assertThat(limited.<Integer>path("total")).isEqualTo(5);
		assertThat(limited.jsonPath().getList("requests.path")).containsExactly("/v1/Assistants",
				"/v1/Assistants/" + ASSISTANT + "/Webhooks/nope");
		List<Integer> ids = journal("").jsonPath().getList("requests.id");
		assertThat(ids).isSortedAccordingTo((a, b) -> Integer.compare(b, a));
	}

	@Test
	void deleteShouldClearOnlyTheScope() {
		String other = "AC%032x".formatted(0x11bfff00 + accounts.incrementAndGet());
		create("mine").then().statusCode(201);
		api().get("/v1/Assistants").then().statusCode(200);
		RestAssured.given().auth().preemptive().basic(other, "x").get("/v1/Assistants").then().statusCode(200);
		RestAssured.delete("/__admin/requests?account_sid={account}", this.account)
			.then()
			.statusCode(200)
			.contentType(ContentType.JSON)
			.body("deleted", equalTo(2));
		journal("").then().body("total", equalTo(0)).body("requests.size()", equalTo(0));
		RestAssured.get("/__admin/requests?account_sid={account}", other).then().body("total", equalTo(1));
	}

	@Test
	void resetShouldClearTheScopesRequestsAndFaults() {
		create("reset").then().statusCode(201);
		api().get("/v1/Assistants").then().statusCode(200);
		RestAssured.given()
			.contentType(ContentType.JSON)
			.body("{\"path\": \"/v1/Nowhere\", \"status\": 500, \"account_sid\": \"" + this.account + "\"}")
			.post("/__admin/faults")
			.then()
			.statusCode(201);
		RestAssured.post("/__admin/reset?account_sid={account}", this.account)
			.then()
			.statusCode(200)
			.body("deleted.requests", equalTo(2))
			.body("deleted.faults", equalTo(1));
		journal("").then().body("total", equalTo(0));
		RestAssured.get("/__admin/faults?account_sid={account}", this.account).then().body("faults.size()", equalTo(0));
	}

	@Test
	void everyAccountShouldBeSeenWithoutAnAccountSid() {
		create("seen").then().statusCode(201);
		Response all = RestAssured.get("/__admin/requests?path=/v1/Assistants/{assistant}/Webhooks", ASSISTANT);
		assertThat(all.jsonPath().getList("requests.account_sid")).contains(this.account);
	}

	@Test
	void controlCallsShouldNotBeRecorded() {
		RestAssured.get("/__admin/requests").then().statusCode(200);
		RestAssured.get("/__admin/requests?path=/__admin/requests").then().statusCode(200).body("total", equalTo(0));
		RestAssured.get("/__admin/requests?path=/actuator/*/*").then().body("total", equalTo(0));
	}

	@Test
	void theGaugeShouldCountTheEntriesHeld() {
		create("counted").then().statusCode(201);
		int held = RestAssured.get("/__admin/requests").path("total");
		assertThat(this.meters.get("autopilot.journal.size").gauge().value()).isEqualTo(held);
	}

	@Test
	void badFiltersShouldBe400WithTwilioBodies() {
		assertBadFilter("method=G3T", "method must be an HTTP method such as GET or POST");
		assertBadFilter("path=v1/Assistants", "path must be an absolute path without query, at most 2048 "
				+ "characters, e.g. /v1/Assistants/*/Webhooks");
		assertBadFilter("path=/v1/Assist*", "path may use * only as a whole segment, e.g. /v1/Assistants/*");
		assertBadFilter("status=abc", "status must be an HTTP status from 100 to 599, or a class such as 4xx");
		assertBadFilter("status=600", "status must be an HTTP status from 100 to 599, or a class such as 4xx");
		assertBadFilter("status=9xx", "status must be an HTTP status from 100 to 599, or a class such as 4xx");
		assertBadFilter("since=yesterday", "since must be an ISO 8601 instant such as 2023-05-04T09:42:00Z");
		assertBadFilter("limit=0", "limit must be a whole number of at least 1");
		assertBadFilter("limit=many", "limit must be a whole number of at least 1");
		assertBadFilter("account_sid=AC123", "account_sid must be AC followed by 32 hex digits");
	}

	private static void assertBadFilter(String query, String message) {
		RestAssured.given()
			.urlEncodingEnabled(false)
			.get("/__admin/requests?" + query)
			.then()
			.spec(error(400, 20001, message));
	}

	private RequestSpecification api() {
		return RestAssured.given().auth().preemptive().basic(this.account, "secret-token");
	}

	private Response create(String uniqueName) {
		return api().formParam("UniqueName", uniqueName)
			.formParam("Events", "onDialogueStart")
			.formParam("WebhookUrl", "https://example.com/hook")
			.post("/v1/Assistants/{assistant}/Webhooks", ASSISTANT);
	}

	private Response journal(String filters) {
		return RestAssured.given()
			.urlEncodingEnabled(false)
			.get("/__admin/requests?account_sid=" + this.account + filters);
	}

}
