package io.autopilotmock.state;

import java.util.ArrayList;
import java.util.List;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static io.autopilotmock.state.ControlApi.as;
import static io.autopilotmock.state.ControlApi.createAssistant;
import static io.autopilotmock.state.ControlApi.createWebhook;
import static io.autopilotmock.state.ControlApi.exportState;
import static io.autopilotmock.state.ControlApi.importState;
import static io.autopilotmock.state.ControlApi.reset;
import static io.autopilotmock.state.ControlApi.setClock;
import static io.autopilotmock.twilio.TwilioErrorBodies.error;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * {@code GET} and {@code PUT /__admin/state} over real HTTP, open mode: the document, the
 * round trip through a reset (every fetch and every page of every list byte for byte),
 * and every way a document can be bad.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class StateApiTests {

	private static final String ACCOUNT = "AC00000000000000000000000000005a7e";

	private static final String OTHER = "AC00000000000000000000000000005a7f";

	private static final String ASSISTANT = "UA00000000000000000000000000005a7e";

	private static final String HOOK = "UM00000000000000000000000000005a7e";

	private static final String DOCUMENT = """
			{"accounts": [{"account_sid": "%s", "assistants": [{
			  "sid": "%s", "unique_name": "bot", "friendly_name": "The bot",
			  "date_created": "2023-05-04T09:42:00Z", "date_updated": "2023-05-05T10:00:00Z",
			  "webhooks": [{"sid": "%s", "unique_name": "hook", "events": "onDialogueStart",
			    "webhook_url": "https://example.com/hook", "webhook_method": "GET",
			    "date_created": "2023-05-04T09:43:00Z", "date_updated": "2023-05-04T09:44:00Z"}]}]}]}
			""".formatted(ACCOUNT, ASSISTANT, HOOK);

	@LocalServerPort
	int port;

	@BeforeEach
	void setUp() {
		RestAssured.port = this.port;
		reset(ACCOUNT);
		reset(OTHER);
	}

	@AfterEach
	void realTime() {
		RestAssured.delete("/__admin/clock");
	}

	@Test
	void importShouldKeepSidsNamesAndBothDatesAndExportThemBack() throws Exception {
		Response imported = importState(ACCOUNT, DOCUMENT);
		imported.then().statusCode(200).contentType(ContentType.JSON);
		JSONAssert.assertEquals(DOCUMENT, imported.asString(), JSONCompareMode.STRICT);
		JSONAssert.assertEquals(DOCUMENT, exportState(ACCOUNT).asString(), JSONCompareMode.STRICT);
		as(ACCOUNT).get("/v1/Assistants/bot/Webhooks/hook")
			.then()
			.statusCode(200)
			.body("sid", equalTo(HOOK))
			.body("assistant_sid", equalTo(ASSISTANT))
			.body("date_created", equalTo("Thu, 04 May 2023 09:43:00 +0000"))
			.body("date_updated", equalTo("Thu, 04 May 2023 09:44:00 +0000"))
			.body("webhook_method", equalTo("GET"));
		as(ACCOUNT).get("/v1/Assistants/{sid}", ASSISTANT)
			.then()
			.body("friendly_name", equalTo("The bot"))
			.body("date_updated", equalTo("Fri, 05 May 2023 10:00:00 +0000"));
	}

	@Test
	void exportResetImportShouldGiveBackExactlyTheSameApiAnswers() throws Exception {
		setClock("{\"time\": \"2024-02-03T04:05:06Z\"}");
		String first = createAssistant(ACCOUNT, "first-bot", "First").path("sid");
		as(ACCOUNT).post("/v1/Assistants").then().statusCode(201);
		List<String> hooks = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			setClock("{\"advance\": \"PT1M\"}");
			hooks.add(createWebhook(ACCOUNT, first, "hook-" + i).path("sid"));
		}
		setClock("{\"advance\": \"P1D\"}");
		as(ACCOUNT).formParam("WebhookMethod", "GET").post("/v1/Assistants/first-bot/Webhooks/hook-2");
		as(ACCOUNT).formParam("FriendlyName", "Renamed").post("/v1/Assistants/first-bot");
		createWebhook(OTHER, first, "other-account").then().statusCode(201);
		List<String> before = answers(first, hooks);
		String exported = exportState(ACCOUNT).asString();

		reset(ACCOUNT).then().body("deleted.assistants", equalTo(2)).body("deleted.webhooks", equalTo(4));
		as(ACCOUNT).get("/v1/Assistants/first-bot").then().statusCode(404);
		setClock("{\"time\": \"2030-01-01T00:00:00Z\"}");
		importState(ACCOUNT, exported).then().statusCode(200);

		assertThat(answers(first, hooks)).isEqualTo(before);
		JSONAssert.assertEquals(exported, exportState(ACCOUNT).asString(), JSONCompareMode.STRICT);
		as(OTHER).get("/v1/Assistants/{assistant}/Webhooks/other-account", first).then().statusCode(200);
	}

	@Test
	void exportResetImportShouldGiveBackEveryPageOfEveryListByteForByte() {
		setClock("{\"time\": \"2024-02-03T04:05:06Z\"}");
		List<String> assistants = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			assistants
				.add(createAssistant(ACCOUNT, "bot-" + i, "Bot " + i).then().statusCode(201).extract().path("sid"));
			createAssistant(OTHER, "other-" + i, "Other").then().statusCode(201);
		}
		String assistant = assistants.get(1);
		List<String> hooks = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			setClock("{\"advance\": \"PT1M\"}");
			hooks.add(createWebhook(ACCOUNT, assistant, "hook-" + i).then().statusCode(201).extract().path("sid"));
			createWebhook(OTHER, assistant, "other-" + i).then().statusCode(201);
		}
		as(ACCOUNT).delete("/v1/Assistants/{a}/Webhooks/{sid}", assistant, hooks.get(3)).then().statusCode(204);
		as(ACCOUNT).delete("/v1/Assistants/{sid}", assistants.get(2)).then().statusCode(204);
		String webhooks = "/v1/Assistants/" + assistant + "/Webhooks";

		List<String> before = walkEveryList(webhooks);
		// A client holds the second page's next and previous URLs through the reset.
		Response second = page(pages(webhooks + "?PageSize=2").get(1));
		String heldNext = second.path("meta.next_page_url");
		String heldPrevious = second.path("meta.previous_page_url");
		assertThat(heldNext).endsWith("&PageToken=PA" + hooks.get(4));
		assertThat(heldPrevious).endsWith("&PageToken=PB" + hooks.get(2));
		String nextBefore = page(heldNext).asString();
		String previousBefore = page(heldPrevious).asString();

		String exported = exportState(ACCOUNT).asString();
		reset(ACCOUNT).then().statusCode(200);
		assertThat(page(webhooks).<List<String>>path("webhooks.sid")).isEmpty();
		// Rows created and deleted meanwhile move the row ids the import assigns.
		String gap = createAssistant(ACCOUNT, "gap", "Gap").path("sid");
		createWebhook(ACCOUNT, gap, "gap").then().statusCode(201);
		setClock("{\"time\": \"2030-01-01T00:00:00Z\"}");
		importState(ACCOUNT, exported).then().statusCode(200);

		assertThat(walkEveryList(webhooks)).isEqualTo(before);
		assertThat(page(heldNext).asString()).isEqualTo(nextBefore);
		assertThat(page(heldPrevious).asString()).isEqualTo(previousBefore);
		assertThat(page(heldNext).<List<String>>path("webhooks.sid")).isEqualTo(hooks.subList(5, 7));
		assertThat(page(heldPrevious).<List<String>>path("webhooks.sid")).isEqualTo(hooks.subList(0, 2));
	}

	@Test
	void outstandingPageTokenAfterAnImportShouldReadOnWhereItLeftOff() {
		String assistant = createAssistant(ACCOUNT, "paged", "Paged").path("sid");
		for (int i = 0; i < 3; i++) {
			createWebhook(ACCOUNT, assistant, "page-" + i).then().statusCode(201);
		}
		String next = as(ACCOUNT).queryParam("PageSize", 2)
			.get("/v1/Assistants/paged/Webhooks")
			.path("meta.next_page_url");
		String exported = exportState(ACCOUNT).asString();
		reset(ACCOUNT);
		importState(ACCOUNT, exported).then().statusCode(200);
		as(ACCOUNT).get(next).then().statusCode(200).body("webhooks.unique_name", equalTo(List.of("page-2")));
	}

	@Test
	void importShouldReplaceTheScopeOnly() {
		createWebhook(ACCOUNT, ASSISTANT, "replaced").then().statusCode(201);
		createWebhook(OTHER, ASSISTANT, "untouched").then().statusCode(201);
		importState(ACCOUNT, DOCUMENT).then().statusCode(200);
		as(ACCOUNT).get("/v1/Assistants/{a}/Webhooks/replaced", ASSISTANT).then().statusCode(404);
		as(OTHER).get("/v1/Assistants/{a}/Webhooks/untouched", ASSISTANT).then().statusCode(200);
		importState(ACCOUNT, "{\"accounts\": []}").then().statusCode(200).body("accounts.size()", equalTo(0));
		as(ACCOUNT).get("/v1/Assistants").then().body("assistants.size()", equalTo(0));
	}

	@Test
	void missingSidsAndDatesShouldBeMintedAndNow() {
		setClock("{\"time\": \"2023-05-04T09:42:00Z\"}");
		importState(ACCOUNT, """
				{"accounts": [{"account_sid": "%s", "assistants": [{"unique_name": "short",
				  "webhooks": [{"unique_name": "h", "events": "onDialogueEnd", "webhook_url": "http://x.test/h"}]}]}]}
				""".formatted(ACCOUNT)).then()
			.statusCode(200)
			.body("accounts[0].assistants[0].sid", org.hamcrest.Matchers.matchesPattern("UA[0-9a-f]{32}"))
			.body("accounts[0].assistants[0].date_created", equalTo("2023-05-04T09:42:00Z"))
			.body("accounts[0].assistants[0].webhooks[0].webhook_method", equalTo("POST"))
			.body("accounts[0].assistants[0].webhooks[0].date_updated", equalTo("2023-05-04T09:42:00Z"));
	}

	@Test
	void badDocumentShouldBe400NamingTheFirstBadItemAndChangeNothing() {
		createWebhook(ACCOUNT, ASSISTANT, "survivor").then().statusCode(201);
		String account = "{\"account_sid\": \"" + ACCOUNT + "\", \"assistants\": %s}";
		String good = "{\"sid\": \"UA00000000000000000000000000000001\", \"unique_name\": \"ok\"}";
		assertBad("", "Send the state document as JSON: {\"accounts\": [...]}");
		assertBad("{\"accounts\": [", "The state document is not JSON at line 1, column 15");
		assertBad("{}", "accounts is required: {\"accounts\": [...]}");
		assertBad("{\"accounts\": 5}",
				"The state document has a value of the wrong type at accounts (expected a JSON array)");
		assertBad("{\"accounts\": [{\"account_sid\": \"" + ACCOUNT + "\", \"assistants\": [{\"webhooks\": {}}]}]}",
				"The state document has a value of the wrong type at accounts[0].assistants[0].webhooks (expected a JSON array)");
		assertBad("{\"accounts\": [null]}", "accounts[0] is required");
		assertBad("{\"accounts\": [{\"account_sid\": \"AC1\"}]}",
				"accounts[0].account_sid must be AC followed by 32 hex digits, was AC1");
		assertBad("{\"accounts\": [{\"account_sid\": \"" + OTHER + "\"}]}",
				"accounts[0].account_sid: " + OTHER + " is outside this call's scope, " + ACCOUNT);
		assertBad("{\"accounts\": [" + account.formatted("[]") + ", " + account.formatted("[]") + "]}",
				"accounts[1].account_sid: " + ACCOUNT + " appears twice");
		assertBad(document(account, good + ", {\"sid\": \"UA00000000000000000000000000000001\"}"),
				"accounts[0].assistants[1].sid: UA00000000000000000000000000000001 appears twice");
		assertBad(document(account, good + ", {\"unique_name\": \"ok\"}"),
				"accounts[0].assistants[1].unique_name: ok appears twice");
		assertBad(document(account, "{\"sid\": \"UM00000000000000000000000000000001\"}"),
				"accounts[0].assistants[0].sid must be UA followed by 32 hex digits, was UM00000000000000000000000000000001");
		assertBad(document(account, "{\"unique_name\": \"UA00000000000000000000000000000009\"}"),
				"accounts[0].assistants[0]: UniqueName must not look like an Assistant SID: UA00000000000000000000000000000009");
		assertBad(document(account, "{\"date_created\": \"May 4th\"}"),
				"accounts[0].assistants[0].date_created must be an ISO 8601 instant such as 2023-05-04T09:42:00Z, was May 4th");
		assertBad(
				document(account,
						"{\"date_created\": \"2023-05-04T09:42:00Z\", \"date_updated\": \"2023-05-03T09:42:00Z\"}"),
				"accounts[0].assistants[0].date_updated: 2023-05-03T09:42:00Z is before date_created");
		String hook = "{\"unique_name\": \"h\", \"events\": \"onDialogueStart\", \"webhook_url\": \"https://x.test\"%s}";
		assertBad(document(account, good + ", {\"webhooks\": [" + hook.formatted("") + ", {\"unique_name\": \"h2\"}]}"),
				"accounts[0].assistants[1].webhooks[1].events is required");
		assertBad(document(account, "{\"webhooks\": [" + hook.formatted(", \"webhook_url\": \"ftp://x\"") + "]}"),
				"accounts[0].assistants[0].webhooks[0]: WebhookUrl must be an absolute http or https URL, was ftp://x");
		assertBad(document(account, "{\"webhooks\": [" + hook.formatted("") + ", " + hook.formatted("") + "]}"),
				"accounts[0].assistants[0].webhooks[1].unique_name: h appears twice");
		assertBad(document(account, "{\"webhooks\": [" + hook.formatted(", \"events\": \"onNothing\"") + "]}"),
				"accounts[0].assistants[0].webhooks[0]: Events contains an unknown event: onNothing");
		assertBad(document(account, "{\"webhooks\": [" + hook.formatted(", \"webhook_method\": \"PUT\"") + "]}"),
				"accounts[0].assistants[0].webhooks[0]: WebhookMethod must be GET or POST, was PUT");
		as(ACCOUNT).get("/v1/Assistants/{a}/Webhooks/survivor", ASSISTANT).then().statusCode(200);
	}

	@Test
	void webhookSidOfAnotherAccountShouldBe400AndChangeNothing() {
		String taken = createWebhook(OTHER, ASSISTANT, "owner").path("sid");
		createWebhook(ACCOUNT, ASSISTANT, "survivor").then().statusCode(201);
		importState(ACCOUNT, DOCUMENT.replace(HOOK, taken)).then()
			.statusCode(400)
			.body("code", equalTo(20001))
			.body("message", equalTo("accounts[0].assistants[0].webhooks[0].sid: " + taken
					+ " is the SID of a webhook of another account"));
		as(ACCOUNT).get("/v1/Assistants/{a}/Webhooks/survivor", ASSISTANT).then().statusCode(200);
	}

	@Test
	void exportOfAllAccountsShouldListEveryAccount() {
		createWebhook(ACCOUNT, ASSISTANT, "mine").then().statusCode(201);
		createWebhook(OTHER, ASSISTANT, "theirs").then().statusCode(201);
		List<String> accounts = RestAssured.get("/__admin/state").jsonPath().getList("accounts.account_sid");
		assertThat(accounts).contains(ACCOUNT, OTHER);
		assertThat(accounts).isSorted();
	}

	private static String document(String account, String assistants) {
		return "{\"accounts\": [" + account.formatted("[" + assistants + "]") + "]}";
	}

	private static void assertBad(String document, String message) {
		importState(ACCOUNT, document).then().spec(error(400, 20001, message));
	}

	/** Every answer of the API that reads the account's state, as text. */
	private List<String> answers(String assistant, List<String> hooks) {
		List<String> answers = new ArrayList<>();
		answers.add(as(ACCOUNT).get("/v1/Assistants").asString());
		answers.add(as(ACCOUNT).get("/v1/Assistants/{sid}", assistant).asString());
		answers.add(as(ACCOUNT).get("/v1/Assistants/first-bot").asString());
		answers.add(as(ACCOUNT).get("/v1/Assistants/{sid}/Webhooks", assistant).asString());
		for (String hook : hooks) {
			answers.add(as(ACCOUNT).get("/v1/Assistants/{a}/Webhooks/{sid}", assistant, hook).asString());
		}
		answers.add(as(ACCOUNT).get("/v1/Assistants/first-bot/Webhooks/hook-2").asString());
		assertThat(answers).allMatch((answer) -> !answer.contains("\"code\""));
		return answers;
	}

	/**
	 * Every answer of both lists: each page size walked forward by {@code next_page_url}
	 * and back by {@code previous_page_url}, and pages read by {@code Page} alone.
	 */
	private List<String> walkEveryList(String webhooks) {
		List<String> bodies = new ArrayList<>();
		for (String list : List.of(webhooks, "/v1/Assistants")) {
			for (int size : List.of(1, 2, 3, 50)) {
				List<String> forward = pages(list + "?PageSize=" + size);
				String last = forward.get(forward.size() - 1);
				List<String> backward = new ArrayList<>();
				for (String url = last; url != null; url = page(url).path("meta.previous_page_url")) {
					backward.add(url);
				}
				assertThat(backward).hasSameSizeAs(forward);
				for (String url : forward) {
					bodies.add(page(url).asString());
				}
				for (String url : backward) {
					bodies.add(page(url).asString());
				}
				bodies.add(page(list + "?PageSize=" + size + "&Page=1").asString());
			}
		}
		// Six webhooks in 6, 3, 2 and 1 pages, four assistants in 4, 2, 2 and 1, each
		// walked both ways, and one page by offset for each size.
		assertThat(bodies).hasSize(2 * (12 + 9) + 8)
			.allMatch((body) -> body.contains("\"meta\"") && !body.contains("\"code\""));
		return bodies;
	}

	/** The URLs of a list's pages, following {@code next_page_url} from the first. */
	private List<String> pages(String first) {
		List<String> urls = new ArrayList<>();
		for (String url = first; url != null; url = page(url).path("meta.next_page_url")) {
			urls.add(url);
		}
		return urls;
	}

	private static Response page(String url) {
		return as(ACCOUNT).urlEncodingEnabled(false).get(url);
	}

}
