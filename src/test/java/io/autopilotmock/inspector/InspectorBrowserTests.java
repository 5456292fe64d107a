package io.autopilotmock.inspector;

import java.util.List;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

/**
 * The inspector in a real, headless Chromium against the running emulator: what the
 * Twilio API stored appears by itself, a dialogue fired from the page reaches a local
 * receiver and shows its delivery, a reset asks first, and stored markup stays text.
 * Every test ends without a console error and leaves a screenshot under
 * {@code target/inspector-screenshots/}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class InspectorBrowserTests extends SharedBrowser {

	static final String ACCOUNT = "AC00000000000000000000000000000000";

	static final String OTHER_ACCOUNT = "AC0000000000000000000000000000beef";

	static final String ASSISTANT = "UA000000000000000000000000000015aa";

	@LocalServerPort
	int port;

	@BeforeEach
	void setUp() {
		RestAssured.port = this.port;
		RestAssured.post("/__admin/reset").then().statusCode(200);
	}

	@Test
	void stateStoredThroughTheApiShouldAppearAndUpdateInPlace() {
		String sid = createWebhook(api(ACCOUNT), "order-status", "onDialogueStart onDialogueEnd",
				"https://example.com/orders", "GET");
		createWebhook(api(OTHER_ACCOUNT), "other-account-hook", "onDialogueTurn", "https://example.com/other", "POST");
		browser.open(page());

		WebElement hook = browser.awaitText("[data-webhook='" + sid + "'] .name", "order-status");
		WebElement row = hook.findElement(By.xpath("ancestor::li[@data-webhook]"));
		assertThat(row.findElement(By.cssSelector(".method")).getText()).isEqualTo("GET");
		assertThat(row.findElement(By.cssSelector(".url")).getText()).isEqualTo("https://example.com/orders");
		assertThat(row.findElements(By.cssSelector(".tag")).stream().map(WebElement::getText))
			.containsExactly("onDialogueStart", "onDialogueEnd");
		browser.awaitText("[data-account='" + OTHER_ACCOUNT + "'] .webhook .name", "other-account-hook");
		assertThat(browser.find("[data-account='" + ACCOUNT + "'] [data-assistant='" + ASSISTANT + "'] h4").getText())
			.isEqualTo(ASSISTANT);

		// Polling replaces only what changed: the node shown stays the same node while a
		// webhook is added beside it, and the page keeps its scroll position.
		browser.resize(1280, 500);
		browser.script("arguments[0].dataset.marker = 'kept'; window.scrollTo(0, 150);", row);
		String added = createWebhook(api(ACCOUNT), "added-later", "onDialogueEnd", "https://example.com/later", "POST");
		browser.awaitText("[data-webhook='" + added + "'] .name", "added-later");
		browser.awaitRefreshes(2);
		assertThat(browser.script("return window.scrollY")).isEqualTo(150L);
		assertThat(browser.script("return document.querySelector(\"[data-webhook='" + sid + "']\").dataset.marker"))
			.isEqualTo("kept");
		browser.resize(1280, 1000);
		browser.assertNoConsoleErrors();
	}

	@Test
	void journalShouldListRequestsNewestFirstFilterThemAndClear() {
		createWebhook(api(ACCOUNT), "journal-hook", "onDialogueStart", "https://example.com/j", "POST");
		api(ACCOUNT).formParam("UniqueName", "journal-hook")
			.formParam("Events", "onDialogueStart")
			.formParam("WebhookUrl", "https://example.com/j")
			.post("/v1/Assistants/{assistant}/Webhooks", ASSISTANT)
			.then()
			.statusCode(409);
		browser.open(page());

		String path = "/v1/Assistants/" + ASSISTANT + "/Webhooks";
		browser.await("two requests to " + path, (driver) -> apiRows(path).size() == 2);
		List<WebElement> rows = apiRows(path);
		assertThat(rows.get(0).findElement(By.cssSelector(".status")).getText()).isEqualTo("409");
		assertThat(rows.get(0).getAttribute("class")).isEqualTo("status-4xx");
		assertThat(rows.get(1).findElement(By.cssSelector(".status")).getText()).isEqualTo("201");
		assertThat(rows.get(1).getAttribute("class")).isEqualTo("status-2xx");
		assertThat(rows.get(1).findElement(By.cssSelector(".parameters")).getText())
			.contains("UniqueName=journal-hook");

		browser.find("#filter-status").sendKeys("409");
		browser.await("only the 409 left", (driver) -> apiRows(path).size() == 1);
		assertThat(apiRows(path).get(0).findElement(By.cssSelector(".status")).getText()).isEqualTo("409");
		browser.find("#filter-status").sendKeys(Keys.BACK_SPACE, Keys.BACK_SPACE, Keys.BACK_SPACE);

		browser.find("#journal-clear").click();
		browser.await("the journal cleared",
				(driver) -> browser.find("#notice").getText().startsWith("Journal cleared"));
		browser.await("no API requests left", (driver) -> apiRows(path).isEmpty());
		RestAssured.get("/__admin/requests?path={path}", path).then().statusCode(200).body("total", equalTo(0));
		browser.assertNoConsoleErrors();
	}

	@Test
	void dialogueFiredFromThePageShouldReachTheReceiverAndShowItsDelivery() {
		try (Receiver receiver = Receiver.start()) {
			String hook = createWebhook(api(ACCOUNT), "receiver-hook", "onDialogueStart", receiver.url("/hook"),
					"POST");
			browser.open(page());
			String choice = ACCOUNT + "/" + ASSISTANT;
			browser.await("the assistant to choose",
					(driver) -> !browser.findAll("#dialogue-assistant option[value='" + choice + "']").isEmpty());
			new Select(browser.find("#dialogue-assistant")).selectByValue(choice);
			assertThat(browser.find("#event-onDialogueStart").isSelected()).isTrue();
			browser.find("#dialogue-parameters").sendKeys("CurrentTask=greeting");
			browser.find("#dialogue-fire").click();

			browser.await("the receiver to be called", (driver) -> receiver.received().size() == 1);
			Receiver.Received received = receiver.received().get(0);
			assertThat(received.method()).isEqualTo("POST");
			assertThat(received.path()).isEqualTo("/hook");
			assertThat(received.body()).contains("Event=onDialogueStart").contains("CurrentTask=greeting");

			WebElement delivery = browser.await("the delivery delivered",
					(driver) -> browser.findAll(".delivery.state-delivered")
						.stream()
						.filter((item) -> item.findElement(By.cssSelector(".name")).getText().equals("receiver-hook"))
						.findFirst()
						.orElse(null));
			assertThat(browser.find("#dialogue-result").getText()).startsWith("Dialogue UK");
			assertThat(delivery.findElement(By.cssSelector(".event")).getText()).isEqualTo("onDialogueStart");
			assertThat(delivery.findElement(By.cssSelector(".badge")).getText()).isEqualTo("delivered");
			assertThat(delivery.findElement(By.cssSelector(".attempt .outcome")).getText()).isEqualTo("200");
			assertThat(delivery.findElement(By.cssSelector(".url")).getText()).isEqualTo(receiver.url("/hook"));

			delivery.findElement(By.cssSelector("button[data-delivery-id]")).click();
			browser.awaitText("#delivery-signature", received.signature());
			assertThat(browser.find("#delivery-detail pre.body").getText()).isEqualTo(Receiver.ANSWER);
			assertThat(browser.find("#delivery-headers").getText())
				.contains("X-Twilio-Signature " + received.signature());
			assertThat(browser.find("#delivery-parameters").getText()).contains("CurrentTask greeting")
				.contains("Event onDialogueStart")
				.contains("AssistantSid " + ASSISTANT);
			assertThat(hook).startsWith("UM");
			browser.screenshot(getClass().getSimpleName() + "-deliveryDetail");
			browser.find("#delivery-close").click();
			browser.await("the detail closed", (driver) -> !browser.find("#delivery-dialog").isDisplayed());
		}
		browser.assertNoConsoleErrors();
	}

	@Test
	void aRefusedDeliveryShouldShowWhyAndDeliveriesTheirOrder() {
		// A documentation-range address: refused by the policy at trigger time, never
		// connected to.
		createWebhook(api(ACCOUNT), "public-hook", "onDialogueStart onDialogueEnd", "http://203.0.113.9/hook", "POST");
		RestAssured.given()
			.contentType("application/json")
			.body("{\"events\": [\"onDialogueStart\", \"onDialogueEnd\"]}")
			.post("/__admin/Assistants/" + ASSISTANT + "/Dialogues")
			.then()
			.statusCode(201)
			.body("deliveries.state", everyItem(equalTo("refused")));
		browser.open(page());
		List<WebElement> refused = browser.await("both deliveries refused", (driver) -> {
			List<WebElement> found = browser.findAll(".delivery.state-refused");
			return (found.size() == 2) ? found : null;
		});
		assertThat(refused).extracting((item) -> item.findElement(By.cssSelector(".event")).getText())
			.as("oldest first: the order they were fired in")
			.containsExactly("onDialogueStart", "onDialogueEnd");
		WebElement first = refused.get(0);
		assertThat(first.findElement(By.cssSelector(".badge.state-refused")).getText()).isEqualTo("refused");
		assertThat(first.findElement(By.cssSelector(".badge.order")).getText()).isEqualTo("in order");
		assertThat(first.findElement(By.cssSelector(".attempt .outcome")).getText()).isEqualTo("refused");
		assertThat(first.findElement(By.cssSelector(".attempt .reason")).getText())
			.isEqualTo("203.0.113.9, which is neither loopback nor private: add it to "
					+ "autopilot-mock.events.allowed-hosts (a host, a CIDR, or * for anywhere)");
		browser.screenshot(getClass().getSimpleName() + "-refused");
		browser.assertNoConsoleErrors();
	}

	@Test
	void resetShouldAskFirstThenClearTheScope() {
		String sid = createWebhook(api(ACCOUNT), "to-be-reset", "onDialogueStart", "https://example.com/r", "POST");
		browser.open(page());
		browser.awaitText("[data-webhook='" + sid + "'] .name", "to-be-reset");

		browser.find("#reset-open").click();
		assertThat(browser.find("#reset-dialog").isDisplayed()).isTrue();
		assertThat(browser.find("#reset-what").getText()).startsWith("Everything in scope is deleted");
		browser.find("#reset-cancel").click();
		browser.awaitRefreshes(1);
		assertThat(browser.findAll("[data-webhook='" + sid + "']")).hasSize(1);
		api(ACCOUNT).get("/v1/Assistants/{assistant}/Webhooks/{sid}", ASSISTANT, sid).then().statusCode(200);

		// Escape cancels as well; only the button confirms.
		browser.find("#reset-open").click();
		browser.find("#reset-cancel").sendKeys(Keys.ESCAPE);
		browser.await("the confirmation closed", (driver) -> !browser.find("#reset-dialog").isDisplayed());
		api(ACCOUNT).get("/v1/Assistants/{assistant}/Webhooks/{sid}", ASSISTANT, sid).then().statusCode(200);

		browser.find("#reset-open").click();
		browser.find("#reset-confirm").click();
		browser.await("the webhook gone", (driver) -> browser.findAll("[data-webhook='" + sid + "']").isEmpty());
		assertThat(browser.find("#notice").getText()).startsWith("Reset: deleted ").contains("webhooks: 1");
		api(ACCOUNT).get("/v1/Assistants/{assistant}/Webhooks/{sid}", ASSISTANT, sid).then().statusCode(404);
		browser.assertNoConsoleErrors();
	}

	@Test
	void storedMarkupShouldShowAsText() {
		String markup = "<img src=x onerror=alert(1)>";
		String sid = createWebhook(api(ACCOUNT), markup, "onDialogueStart", "https://example.com/x", "POST");
		browser.open(page());

		browser.awaitText("[data-webhook='" + sid + "'] .name", markup);
		browser.awaitRefreshes(2);
		assertThat(browser.alertOpen()).isFalse();
		assertThat(browser.findAll("img")).isEmpty();
		assertThat(browser.find("#journal-rows").getText()).contains("UniqueName=" + markup);
		browser.assertNoConsoleErrors();
	}

	private String page() {
		return "http://localhost:" + this.port + "/__admin/";
	}

	private static List<WebElement> apiRows(String path) {
		return browser.findAll("#journal-rows tr")
			.stream()
			.filter((row) -> row.findElement(By.cssSelector(".path")).getText().equals(path))
			.toList();
	}

	static RequestSpecification api(String account) {
		return api(account, "any-token");
	}

	static RequestSpecification api(String account, String secret) {
		return RestAssured.given()
			.contentType(ContentType.URLENC.withCharset("UTF-8"))
			.auth()
			.preemptive()
			.basic(account, secret);
	}

	static String createWebhook(RequestSpecification api, String uniqueName, String events, String url, String method) {
		return api.formParam("UniqueName", uniqueName)
			.formParam("Events", events)
			.formParam("WebhookUrl", url)
			.formParam("WebhookMethod", method)
			.post("/v1/Assistants/{assistant}/Webhooks", ASSISTANT)
			.then()
			.statusCode(201)
			.extract()
			.path("sid");
	}

}
