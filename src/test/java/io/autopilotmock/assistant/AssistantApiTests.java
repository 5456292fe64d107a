package io.autopilotmock.assistant;

import java.util.ArrayList;
import java.util.List;

import io.autopilotmock.twilio.FixedClockConfiguration;
import io.autopilotmock.twilio.TestAccounts;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static io.autopilotmock.twilio.TwilioErrorBodies.notFound;
import static io.autopilotmock.twilio.TwilioErrorBodies.uniqueNameTaken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * The minimal parent resource over real HTTP. Each test works in an account of its own,
 * so that lists see only what the test created.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(FixedClockConfiguration.class)
class AssistantApiTests {

	@LocalServerPort
	int port;

	String account;

	@BeforeEach
	void setUp() {
		RestAssured.port = this.port;
		// An account of its own per test, new on every run: a reused database holds
		// earlier runs' unique names.
		this.account = TestAccounts.fresh();
	}

	@Test
	void createShouldAnswer201WithTwilioFields() throws Exception {
		Response created = as().formParam("FriendlyName", "Support")
			.formParam("UniqueName", "support")
			.post("/v1/Assistants");
		created.then().statusCode(201).contentType(ContentType.JSON);
		String sid = created.path("sid");
		assertThat(sid).matches("UA[0-9a-f]{32}");
		String url = "http://localhost:" + this.port + "/v1/Assistants/" + sid;
		JSONAssert.assertEquals("""
				{
				  "account_sid": "%s",
				  "callback_events": null,
				  "callback_url": null,
				  "date_created": "Thu, 04 May 2023 09:42:00 +0000",
				  "date_updated": "Thu, 04 May 2023 09:42:00 +0000",
				  "development_stage": "in-development",
				  "friendly_name": "Support",
				  "latest_model_build_sid": null,
				  "links": {"webhooks": "%s/Webhooks"},
				  "log_queries": true,
				  "needs_model_build": false,
				  "sid": "%s",
				  "unique_name": "support",
				  "url": "%s"
				}
				""".formatted(this.account, url, sid, url), created.asString(), JSONCompareMode.STRICT);
	}

	@Test
	void createWithoutParametersShouldLeaveNamesNull() {
		as().post("/v1/Assistants")
			.then()
			.statusCode(201)
			.body("friendly_name", nullValue())
			.body("unique_name", nullValue());
	}

	@Test
	void fetchShouldResolveSidAndUniqueName() {
		String sid = create("fetch me");
		as().urlEncodingEnabled(false).get("/v1/Assistants/fetch+me").then().statusCode(200).body("sid", equalTo(sid));
		as().get("/v1/Assistants/" + sid).then().statusCode(200).body("unique_name", equalTo("fetch me"));
	}

	@Test
	void fetchOfAnUnknownSidShouldBe404EvenWithAutoCreate() {
		as().get("/v1/Assistants/UA00000000000000000000000000000404")
			.then()
			.statusCode(404)
			.body("code", equalTo(20404))
			.body("message",
					equalTo("The requested resource /Assistants/UA00000000000000000000000000000404 was not found"));
	}

	@Test
	void createWhenUniqueNameTakenInTheAccountShouldReturn409() {
		create("taken");
		as().formParam("UniqueName", "taken")
			.post("/v1/Assistants")
			.then()
			.statusCode(409)
			.body("code", equalTo(409))
			.body("message", equalTo("UniqueName already in use"));
	}

	@Test
	void createWhenUniqueNameInvalidShouldReturn400() {
		as().formParam("UniqueName", "u".repeat(65))
			.post("/v1/Assistants")
			.then()
			.statusCode(400)
			.body("code", equalTo(20001));
		as().formParam("UniqueName", "UA00000000000000000000000000000001")
			.post("/v1/Assistants")
			.then()
			.statusCode(400)
			.body("message",
					equalTo("UniqueName must not look like an Assistant SID: UA00000000000000000000000000000001"));
		as().formParam("FriendlyName", "tab\there").post("/v1/Assistants").then().statusCode(400);
	}

	@Test
	void updateShouldChangeWhatWasSent() {
		String sid = create("before");
		as().formParam("FriendlyName", "Renamed")
			.post("/v1/Assistants/before")
			.then()
			.statusCode(200)
			.body("friendly_name", equalTo("Renamed"))
			.body("unique_name", equalTo("before"));
		as().formParam("UniqueName", "after").post("/v1/Assistants/" + sid).then().statusCode(200);
		as().get("/v1/Assistants/after").then().statusCode(200).body("sid", equalTo(sid));
		as().get("/v1/Assistants/before").then().spec(notFound("/v1/Assistants/before"));
	}

	@Test
	void updateWhenRenamingOntoATakenNameShouldReturn409() {
		create("one");
		create("two");
		as().formParam("UniqueName", "one").post("/v1/Assistants/two").then().spec(uniqueNameTaken());
	}

	@Test
	void deleteShouldAnswer204AndTakeItsWebhooks() {
		String sid = create("short-lived");
		String hook = as().formParam("UniqueName", "hook")
			.formParam("Events", "onDialogueStart")
			.formParam("WebhookUrl", "https://example.com")
			.post("/v1/Assistants/" + sid + "/Webhooks")
			.then()
			.statusCode(201)
			.extract()
			.path("sid");
		as().delete("/v1/Assistants/short-lived").then().statusCode(204).body(emptyString());
		as().get("/v1/Assistants/" + sid).then().spec(notFound("/v1/Assistants/" + sid));
		as().delete("/v1/Assistants/" + sid).then().spec(notFound("/v1/Assistants/" + sid));
		as().get("/v1/Assistants/" + sid + "/Webhooks/" + hook)
			.then()
			.spec(notFound("/v1/Assistants/" + sid + "/Webhooks/" + hook));
	}

	@Test
	void listShouldUseKeyAssistantsAndPageInCreationOrder() {
		List<String> sids = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			sids.add(create("bot-" + i));
		}
		List<String> seen = new ArrayList<>();
		String next = "http://localhost:" + this.port + "/v1/Assistants?PageSize=2";
		int pages = 0;
		while (next != null) {
			Response page = as().urlEncodingEnabled(false).get(next);
			page.then().statusCode(200).body("meta.key", equalTo("assistants")).body("meta.page", equalTo(pages));
			seen.addAll(page.path("assistants.sid"));
			next = page.path("meta.next_page_url");
			pages++;
		}
		assertThat(seen).isEqualTo(sids);
		assertThat(pages).isEqualTo(3);
	}

	@Test
	void listShouldHaveAllSevenMetaKeys() {
		String list = "http://localhost:" + this.port + "/v1/Assistants";
		as().get("/v1/Assistants")
			.then()
			.statusCode(200)
			.body("meta.size()", equalTo(7))
			.body("meta.first_page_url", equalTo(list + "?PageSize=50&Page=0"))
			.body("meta.url", equalTo(list + "?PageSize=50&Page=0"))
			.body("meta.next_page_url", nullValue())
			.body("meta.previous_page_url", nullValue())
			.body("assistants.size()", equalTo(0));
	}

	@Test
	void unknownChildPathShouldBe404NamingIt() {
		String sid = create("parent");
		as().get("/v1/Assistants/" + sid + "/Tasks")
			.then()
			.statusCode(404)
			.body("code", equalTo(20404))
			.body("message", equalTo("The requested resource /Assistants/" + sid + "/Tasks was not found"));
	}

	private String create(String uniqueName) {
		return as().formParam("UniqueName", uniqueName)
			.post("/v1/Assistants")
			.then()
			.statusCode(201)
			.extract()
			.path("sid");
	}

	private RequestSpecification as() {
		return RestAssured.given()
			.contentType(ContentType.URLENC.withCharset("UTF-8"))
			.auth()
			.preemptive()
			.basic(this.account, "token");
	}

}
