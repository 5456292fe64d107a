package io.autopilotmock.webhook;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.autopilotmock.twilio.FixedClockConfiguration;
import io.autopilotmock.twilio.MutableClock;
import io.autopilotmock.twilio.MutableClockConfiguration;
import io.autopilotmock.twilio.TestAccounts;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

import static io.autopilotmock.webhook.WebhookApi.EVENTS;
import static io.autopilotmock.webhook.WebhookApi.HOOK_URL;
import static io.autopilotmock.webhook.WebhookApi.create;
import static io.autopilotmock.webhook.WebhookApi.form;
import static io.autopilotmock.twilio.TwilioErrorBodies.error;
import static io.autopilotmock.twilio.TwilioErrorBodies.methodNotAllowed;
import static io.autopilotmock.twilio.TwilioErrorBodies.notFound;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * Fetch, update, delete and list over real HTTP, addressed by SID and by unique name.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(MutableClockConfiguration.class)
class WebhookLifecycleApiTests {

	/**
	 * Every request acts for this account, new on every run, so that no other class and
	 * no earlier run on a reused database is seen.
	 */
	private static final String ACCOUNT = TestAccounts.fresh();

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	String assistant;

	@BeforeEach
	void setUp() {
		RestAssured.port = this.port;
		RestAssured.authentication = RestAssured.preemptive().basic(ACCOUNT, "token");
		this.clock.set(FixedClockConfiguration.NOW);
		this.assistant = TestAccounts.freshAssistant();
	}

	@AfterEach
	void forgetTheAccount() {
		RestAssured.reset();
	}

	@Test
	void fetchShouldAnswerWhatCreateAnswered() {
		Response created = create(this.assistant, "fetched");
		String sid = created.path("sid");
		String fetched = RestAssured.get(path(sid))
			.then()
			.statusCode(200)
			.contentType(ContentType.JSON)
			.extract()
			.asString();
		assertThat(fetched).isEqualTo(created.asString());
	}

	@Test
	void fetchByUniqueNameShouldAnswerRealSids() {
		String sid = create(this.assistant, "by-name").path("sid");
		RestAssured.get(path("by-name"))
			.then()
			.statusCode(200)
			.body("sid", equalTo(sid))
			.body("assistant_sid", equalTo(this.assistant))
			.body("url", equalTo("http://localhost:" + this.port + path(sid)));
	}

	@Test
	void uniqueNamesWithSpacesShouldResolveFromPercent20AndPlus() {
		String sid = create(this.assistant, "my hook+1").path("sid");
		RestAssured.given()
			.urlEncodingEnabled(false)
			.get(path("my%20hook%2B1"))
			.then()
			.statusCode(200)
			.body("sid", equalTo(sid));
		RestAssured.given()
			.urlEncodingEnabled(false)
			.get(path("my+hook%2B1"))
			.then()
			.statusCode(200)
			.body("sid", equalTo(sid));
		RestAssured.given().urlEncodingEnabled(false).get(path("my+hook+1")).then().spec(notFound(path("my+hook+1")));
	}

	@Test
	void assistantShouldResolveByUniqueNameToo() {
		String named = form().formParam("UniqueName", "support bot")
			.post("/v1/Assistants")
			.then()
			.statusCode(201)
			.extract()
			.path("sid");
		String sid = create(named, "under-named").path("sid");
		RestAssured.given()
			.urlEncodingEnabled(false)
			.get("/v1/Assistants/support+bot/Webhooks/under-named")
			.then()
			.statusCode(200)
			.body("sid", equalTo(sid))
			.body("assistant_sid", equalTo(named))
			.body("url", equalTo("http://localhost:" + this.port + "/v1/Assistants/" + named + "/Webhooks/" + sid));
	}

	@Test
	void updateShouldChangeOnlyWhatWasSent() {
		this.clock.set(Instant.parse("2023-05-04T09:42:00Z"));
		String sid = create(this.assistant, "partial").path("sid");
		this.clock.set(Instant.parse("2023-06-01T10:00:30Z"));
		form().formParam("WebhookMethod", "get")
			.post(path(sid))
			.then()
			.statusCode(200)
			.body("unique_name", equalTo("partial"))
			.body("events", equalTo(EVENTS))
			.body("webhook_url", equalTo(HOOK_URL))
			.body("webhook_method", equalTo("GET"))
			.body("date_created", equalTo("Thu, 04 May 2023 09:42:00 +0000"))
			.body("date_updated", equalTo("Thu, 01 Jun 2023 10:00:30 +0000"));
		RestAssured.get(path(sid)).then().body("webhook_method", equalTo("GET"));
	}

	@Test
	void updateWithEmptyBodyShouldChangeNothing() {
		Response created = create(this.assistant, "unchanged");
		this.clock.set(this.clock.instant().plusSeconds(60));
		String updated = RestAssured.given()
			.post(path(created.path("sid")))
			.then()
			.statusCode(200)
			.extract()
			.asString();
		assertThat(updated).isEqualTo(created.asString());
	}

	@Test
	void updateWithTheSameValuesShouldKeepDateUpdated() {
		Response created = create(this.assistant, "same");
		this.clock.set(this.clock.instant().plusSeconds(60));
		form().formParam("UniqueName", "same")
			.formParam("WebhookMethod", "post")
			.post(path("same"))
			.then()
			.statusCode(200)
			.body("date_updated", equalTo(created.path("date_updated")));
	}

	@Test
	void updateShouldRenameAndAnswerUnderTheNewName() {
		String sid = create(this.assistant, "old-name").path("sid");
		form().formParam("UniqueName", "new-name").post(path("old-name")).then().statusCode(200);
		RestAssured.get(path("new-name")).then().statusCode(200).body("sid", equalTo(sid));
		RestAssured.get(path("old-name")).then().spec(notFound(path("old-name")));
	}

	@Test
	void updateWhenRenamingOntoATakenNameShouldReturn409() {
		create(this.assistant, "first").then().statusCode(201);
		create(this.assistant, "second").then().statusCode(201);
		form().formParam("UniqueName", "first")
			.post(path("second"))
			.then()
			.statusCode(409)
			.body("code", equalTo(409))
			.body("message", equalTo("UniqueName already in use"));
		RestAssured.get(path("second")).then().statusCode(200);
	}

	@Test
	void updateShouldValidateLikeCreate() {
		create(this.assistant, "validated").then().statusCode(201);
		form().formParam("Events", "onNothing")
			.post(path("validated"))
			.then()
			.statusCode(400)
			.body("code", equalTo(20001))
			.body("message", equalTo("Events contains an unknown event: onNothing"));
		form().formParam("WebhookUrl", "mailto:a@b.c")
			.post(path("validated"))
			.then()
			.spec(error(400, 20001, "WebhookUrl must be an absolute http or https URL, was mailto:a@b.c"));
		form().formParam("WebhookMethod", "DELETE")
			.post(path("validated"))
			.then()
			.spec(error(400, 20001, "WebhookMethod must be GET or POST, was DELETE"));
		form().formParam("UniqueName", "")
			.post(path("validated"))
			.then()
			.statusCode(400)
			.body("message", equalTo("UniqueName must not be blank"));
		form().formParam("UniqueName", "z".repeat(65))
			.post(path("validated"))
			.then()
			.spec(error(400, 20001, "UniqueName must be at most 64 characters long"));
		RestAssured.get(path("validated")).then().body("events", equalTo(EVENTS));
	}

	@Test
	void deleteShouldAnswer204WithAnEmptyBodyAndForget() {
		String sid = create(this.assistant, "doomed").path("sid");
		RestAssured.delete(path(sid)).then().statusCode(204).body(emptyString());
		for (Response after : List.of(RestAssured.get(path(sid)), form().formParam("Events", EVENTS).post(path(sid)),
				RestAssured.delete(path(sid)), RestAssured.get(path("doomed")))) {
			after.then().statusCode(404).body("code", equalTo(20404));
		}
		create(this.assistant, "doomed").then().statusCode(201);
	}

	@Test
	void deleteByUniqueNameShouldWork() {
		create(this.assistant, "named-doom").then().statusCode(201);
		RestAssured.delete(path("named-doom")).then().statusCode(204);
		RestAssured.get(path("named-doom")).then().spec(notFound(path("named-doom")));
	}

	@Test
	void unknownWebhookShouldBe404NamingThePath() {
		create(this.assistant, "exists").then().statusCode(201);
		RestAssured.get(path("UM00000000000000000000000000000000"))
			.then()
			.statusCode(404)
			.body("code", equalTo(20404))
			.body("message", equalTo("The requested resource /Assistants/" + this.assistant
					+ "/Webhooks/UM00000000000000000000000000000000 was not found"));
	}

	@Test
	void otherMethodsOnAWebhookShouldBe405() {
		String sid = create(this.assistant, "methods").path("sid");
		RestAssured.put(path(sid)).then().spec(methodNotAllowed());
		RestAssured.patch(path(sid)).then().spec(methodNotAllowed());
	}

	@Test
	void listShouldAnswerTheEnvelopeWithAllSevenMetaKeys() {
		String sid = create(this.assistant, "only").path("sid");
		String list = "http://localhost:" + this.port + "/v1/Assistants/" + this.assistant + "/Webhooks";
		RestAssured.get(listPath())
			.then()
			.statusCode(200)
			.body("meta.first_page_url", equalTo(list + "?PageSize=50&Page=0"))
			.body("meta.key", equalTo("webhooks"))
			.body("meta.next_page_url", nullValue())
			.body("meta.page", equalTo(0))
			.body("meta.page_size", equalTo(50))
			.body("meta.previous_page_url", nullValue())
			.body("meta.url", equalTo(list + "?PageSize=50&Page=0"))
			.body("meta.size()", equalTo(7))
			.body("webhooks.sid", equalTo(List.of(sid)));
	}

	@Test
	void listOfAnEmptyAssistantShouldBeEmptyWithoutNextPage() {
		RestAssured.get(listPath())
			.then()
			.statusCode(200)
			.body("webhooks.size()", equalTo(0))
			.body("meta.next_page_url", nullValue());
	}

	@Test
	void listShouldPageForwardAndBackInCreationOrder() {
		List<String> sids = createMany(7);
		List<String> seen = new ArrayList<>();
		String next = "http://localhost:" + this.port + listPath() + "?PageSize=3";
		List<String> pages = new ArrayList<>();
		while (next != null) {
			Response page = RestAssured.given().urlEncodingEnabled(false).get(next);
			page.then().statusCode(200);
			seen.addAll(page.path("webhooks.sid"));
			pages.add(page.path("meta.url"));
			next = page.path("meta.next_page_url");
		}
		assertThat(seen).isEqualTo(sids);
		assertThat(pages).hasSize(3);
		Response last = RestAssured.given().urlEncodingEnabled(false).get(pages.get(2));
		assertThat(last.<List<String>>path("webhooks.sid")).isEqualTo(sids.subList(6, 7));
		assertThat(last.<String>path("meta.url")).endsWith("?PageSize=3&Page=2&PageToken=PA" + sids.get(5));

		Response middle = RestAssured.given()
			.urlEncodingEnabled(false)
			.get(last.<String>path("meta.previous_page_url"));
		assertThat(middle.<List<String>>path("webhooks.sid")).isEqualTo(sids.subList(3, 6));
		assertThat(middle.<Integer>path("meta.page")).isEqualTo(1);
		Response first = RestAssured.given()
			.urlEncodingEnabled(false)
			.get(middle.<String>path("meta.previous_page_url"));
		assertThat(first.<List<String>>path("webhooks.sid")).isEqualTo(sids.subList(0, 3));
		assertThat(first.<String>path("meta.previous_page_url")).isNull();
		assertThat(first.<String>path("meta.next_page_url")).isNotNull();
	}

	@Test
	void listShouldNeverEndOnAnEmptyPage() {
		List<String> sids = createMany(4);
		Response first = RestAssured.get(listPath() + "?PageSize=2");
		Response second = RestAssured.given().urlEncodingEnabled(false).get(first.<String>path("meta.next_page_url"));
		assertThat(second.<List<String>>path("webhooks.sid")).isEqualTo(sids.subList(2, 4));
		assertThat(second.<String>path("meta.next_page_url")).isNull();
	}

	@Test
	void listPageWithoutTokenShouldFallBackToOffset() {
		List<String> sids = createMany(5);
		RestAssured.get(listPath() + "?PageSize=2&Page=1")
			.then()
			.statusCode(200)
			.body("webhooks.sid", equalTo(sids.subList(2, 4)))
			.body("meta.page", equalTo(1))
			.body("meta.previous_page_url", equalTo(
					"http://localhost:" + this.port + listPath() + "?PageSize=2&Page=0&PageToken=PB" + sids.get(2)));
	}

	@Test
	void listShouldTakeTheFirstOfRepeatedPageSizes() {
		createMany(3);
		RestAssured.get(listPath() + "?PageSize=1&PageSize=50")
			.then()
			.statusCode(200)
			.body("meta.page_size", equalTo(1))
			.body("webhooks.size()", equalTo(1));
	}

	@Test
	void listWhenPageSizeOutOfRangeShouldReturn400() {
		for (String size : List.of("0", "1001", "-1", "ten", "1.5")) {
			RestAssured.get(listPath() + "?PageSize=" + size).then().statusCode(400).body("code", equalTo(20001));
		}
		RestAssured.get(listPath() + "?PageSize=1000").then().statusCode(200);
		RestAssured.get(listPath() + "?Page=-1").then().statusCode(400).body("code", equalTo(20001));
		RestAssured.get(listPath() + "?PageToken=nonsense")
			.then()
			.statusCode(400)
			.body("message", equalTo("Invalid PageToken: nonsense"));
	}

	@Test
	void listUnderAnUnknownAssistantNameShouldBe404() {
		RestAssured.get("/v1/Assistants/nobody/Webhooks")
			.then()
			.statusCode(404)
			.body("message", equalTo("The requested resource /Assistants/nobody/Webhooks was not found"));
	}

	private List<String> createMany(int count) {
		List<String> sids = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			sids.add(create(this.assistant, "hook-" + i).then().statusCode(201).extract().path("sid"));
		}
		return sids;
	}

	private String listPath() {
		return "/v1/Assistants/" + this.assistant + "/Webhooks";
	}

	private String path(String webhook) {
		return listPath() + "/" + webhook;
	}

}
