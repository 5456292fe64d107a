package io.autopilotmock.clock;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static io.autopilotmock.twilio.TwilioErrorBodies.error;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

/**
 * {@code /__admin/clock} over real HTTP, in open mode: the dates the API writes follow
 * it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ClockApiTests {

	private static final String ACCOUNT = "AC000000000000000000000000000c1c0c";

	private static final String ASSISTANT = "UA000000000000000000000000000c1c0c";

	@LocalServerPort
	int port;

	@BeforeEach
	void setUp() {
		RestAssured.port = this.port;
	}

	@AfterEach
	void realTime() {
		RestAssured.delete("/__admin/clock").then().statusCode(200);
	}

	@Test
	void putTimeShouldFreezeTheClockForEveryDateTheApiWrites() {
		put("{\"time\": \"2023-05-04T09:42:00Z\"}").then()
			.statusCode(200)
			.contentType(ContentType.JSON)
			.body("time", equalTo("2023-05-04T09:42:00Z"))
			.body("frozen", equalTo(true));
		create("frozen-hook").then()
			.statusCode(201)
			.body("date_created", equalTo("Thu, 04 May 2023 09:42:00 +0000"))
			.body("date_updated", equalTo("Thu, 04 May 2023 09:42:00 +0000"));
		RestAssured.get("/__admin/clock").then().body("time", equalTo("2023-05-04T09:42:00Z"));
	}

	@Test
	void advanceShouldMoveAFrozenClockAndDateUpdatedWithIt() {
		put("{\"time\": \"2023-05-04T09:42:00+02:00\"}").then().body("time", equalTo("2023-05-04T07:42:00Z"));
		String sid = create("advanced-hook").then().statusCode(201).extract().path("sid");
		put("{\"advance\": \"PT1H30M\"}").then()
			.statusCode(200)
			.body("time", equalTo("2023-05-04T09:12:00Z"))
			.body("frozen", equalTo(true));
		RestAssured.given()
			.auth()
			.preemptive()
			.basic(ACCOUNT, "x")
			.formParam("Events", "onDialogueEnd")
			.post("/v1/Assistants/{assistant}/Webhooks/{sid}", ASSISTANT, sid)
			.then()
			.statusCode(200)
			.body("date_created", equalTo("Thu, 04 May 2023 07:42:00 +0000"))
			.body("date_updated", equalTo("Thu, 04 May 2023 09:12:00 +0000"));
	}

	@Test
	void advanceOfARunningClockShouldKeepItRunning() {
		Response moved = put("{\"advance\": \"P3650D\"}");
		moved.then().statusCode(200).body("frozen", equalTo(false));
		int year = Integer.parseInt(moved.<String>path("time").substring(0, 4));
		assertThat(year).isGreaterThanOrEqualTo(java.time.Year.now().getValue() + 9);
		String created = create("future-hook").then().statusCode(201).extract().path("date_created");
		assertThat(created).contains(" " + year + " ");
	}

	@Test
	void deleteShouldReturnToRealTime() {
		put("{\"time\": \"2000-01-01T00:00:00Z\"}");
		RestAssured.delete("/__admin/clock")
			.then()
			.statusCode(200)
			.body("frozen", equalTo(false))
			.body("time", matchesPattern("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"));
		String time = RestAssured.get("/__admin/clock").path("time");
		assertThat(java.time.Instant.parse(time)).isCloseTo(java.time.Instant.now(),
				org.assertj.core.api.Assertions.within(5, java.time.temporal.ChronoUnit.SECONDS));
	}

	@Test
	void badBodiesShouldBe400WithTwiliosBody() {
		assertBadRequest(put("{\"time\": \"yesterday\"}"),
				"time must be an ISO 8601 instant such as 2023-05-04T09:42:00Z, was yesterday");
		assertBadRequest(put("{\"advance\": \"1h\"}"), "advance must be an ISO 8601 duration such as PT1H, was 1h");
		String either = "Give either time (an ISO 8601 instant) or advance (an ISO 8601 duration), "
				+ "e.g. {\"time\": \"2023-05-04T09:42:00Z\"} or {\"advance\": \"PT1H\"}";
		assertBadRequest(put("{\"time\": \"2023-05-04T09:42:00Z\", \"advance\": \"PT1H\"}"), either);
		assertBadRequest(put("{}"), either);
		assertBadRequest(RestAssured.given().contentType(ContentType.JSON).put("/__admin/clock"), either);
		put("{\"time\": ").then().statusCode(400).body("code", equalTo(20001)).body("status", equalTo(400));
		RestAssured.get("/__admin/clock").then().body("frozen", equalTo(false));
	}

	@Test
	void formBodyShouldBe415AskingForJson() {
		RestAssured.given()
			.contentType(ContentType.URLENC)
			.formParam("time", "2023-05-04T09:42:00Z")
			.put("/__admin/clock")
			.then()
			.statusCode(415)
			.body("code", equalTo(415))
			.body("message", equalTo("Unsupported media type: send application/json"));
	}

	@Test
	void otherMethodsShouldBe405() {
		RestAssured.post("/__admin/clock").then().statusCode(405).body("code", equalTo(20004));
	}

	private static Response put(String body) {
		return RestAssured.given().contentType(ContentType.JSON).body(body).put("/__admin/clock");
	}

	private static Response create(String uniqueName) {
		return RestAssured.given()
			.auth()
			.preemptive()
			.basic(ACCOUNT, "x")
			.formParam("UniqueName", uniqueName)
			.formParam("Events", "onDialogueStart")
			.formParam("WebhookUrl", "https://example.com/hook")
			.post("/v1/Assistants/{assistant}/Webhooks", ASSISTANT);
	}

	private static void assertBadRequest(Response response, String message) {
		response.then().spec(error(400, 20001, message));
	}

}
