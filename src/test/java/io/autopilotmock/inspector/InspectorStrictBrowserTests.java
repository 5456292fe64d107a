package io.autopilotmock.inspector;

import io.restassured.RestAssured;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.WebElement;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static io.autopilotmock.inspector.InspectorBrowserTests.api;
import static io.autopilotmock.inspector.InspectorBrowserTests.createWebhook;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inspector where the control surface wants credentials (strict mode and an admin
 * token): it asks once, keeps the answer for the tab, asks again only when refused, and
 * an account's own credentials show that account only.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "autopilot-mock.auth.mode=strict",
				"autopilot-mock.admin.token=" + InspectorStrictBrowserTests.TOKEN,
				"autopilot-mock.auth.credentials=" + InspectorStrictBrowserTests.ACCOUNT + ":first-secret,"
						+ InspectorStrictBrowserTests.OTHER_ACCOUNT + ":second-secret" })
class InspectorStrictBrowserTests {

	static final String TOKEN = "inspector-admin-token";

	static final String ACCOUNT = "AC0000000000000000000000000000aaaa";

	static final String OTHER_ACCOUNT = "AC0000000000000000000000000000bbbb";

	private static Browser browser;

	@LocalServerPort
	int port;

	String sid;

	String otherSid;

	@BeforeAll
	static void startBrowser() {
		Browser.assumeInstalled();
		browser = Browser.start();
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.close();
		}
	}

	@BeforeEach
	void setUp() {
		RestAssured.port = this.port;
		RestAssured.given().auth().oauth2(TOKEN).post("/__admin/reset").then().statusCode(200);
		this.sid = createWebhook(api(ACCOUNT, "first-secret"), "first-hook", "onDialogueStart",
				"https://example.com/first", "POST");
		this.otherSid = createWebhook(api(OTHER_ACCOUNT, "second-secret"), "second-hook", "onDialogueStart",
				"https://example.com/second", "POST");
	}

	@AfterEach
	void keepScreenshot(TestInfo test) {
		browser.screenshot(getClass().getSimpleName() + "-" + test.getTestMethod().orElseThrow().getName());
	}

	@Test
	void pageShouldAskForTheTokenOnceAndKeepItForTheTab() {
		browser.open(page());
		WebElement dialog = browser.await("the credentials asked for",
				(driver) -> browser.find("#credentials-dialog").isDisplayed() ? browser.find("#credentials-dialog")
						: null);
		assertThat(browser.find("#credentials-reason").getText())
			.isEqualTo("This emulator asks for credentials for /__admin.");
		assertThat(browser.find("#updated").getText()).isEqualTo("Loading…");

		browser.find("#credentials-input").sendKeys("not-the-token");
		browser.find("#credentials-submit").click();
		browser.awaitText("#credentials-reason", "Those credentials were refused. Enter them again.");
		assertThat(dialog.isDisplayed()).isTrue();

		browser.find("#credentials-input").sendKeys(TOKEN);
		browser.find("#credentials-submit").click();
		browser.awaitText("[data-webhook='" + this.sid + "'] .name", "first-hook");
		browser.awaitText("[data-webhook='" + this.otherSid + "'] .name", "second-hook");
		browser.awaitRefreshes(3);
		assertThat(dialog.isDisplayed()).isFalse();
		// Once at first, once after the refusal: never for each of the calls waiting.
		assertThat(browser.script("return document.body.dataset.credentialPrompts")).isEqualTo("2");
		assertThat(browser.script("return sessionStorage.getItem('autopilot-mock.inspector.credentials')"))
			.isEqualTo(TOKEN);
		assertThat(browser.script("return localStorage.length")).isEqualTo(0L);

		browser.reload();
		browser.awaitText("[data-webhook='" + this.sid + "'] .name", "first-hook");
		browser.awaitRefreshes(1);
		assertThat(browser.find("#credentials-dialog").isDisplayed()).isFalse();
		assertThat(browser.script("return document.body.dataset.credentialPrompts")).isNull();
		assertNoConsoleErrorsBut401s();

		browser.find("#forget-credentials").click();
		browser.await("the credentials asked for again", (driver) -> browser.find("#credentials-dialog").isDisplayed());
	}

	@Test
	void accountCredentialsShouldShowThatAccountOnly() {
		browser.open(page());
		browser.await("the credentials asked for", (driver) -> browser.find("#credentials-dialog").isDisplayed());
		browser.find("#credentials-input").sendKeys(ACCOUNT + ":first-secret");
		browser.find("#credentials-submit").click();

		browser.awaitText("[data-webhook='" + this.sid + "'] .name", "first-hook");
		browser.awaitRefreshes(2);
		assertThat(browser.findAll("[data-account]")).hasSize(1);
		assertThat(browser.findAll("[data-webhook='" + this.otherSid + "']")).isEmpty();
		assertThat(browser.find("#state").getText()).doesNotContain("second-hook").doesNotContain(OTHER_ACCOUNT);
		assertNoConsoleErrorsBut401s();
	}

	@Test
	void cancellingShouldPauseUntilCredentialsAreGiven() {
		browser.open(page());
		browser.await("the credentials asked for", (driver) -> browser.find("#credentials-dialog").isDisplayed());
		browser.find("#credentials-cancel").click();
		browser.awaitText("#credentials-retry", "Enter credentials");
		assertThat(browser.findAll("[data-webhook]")).isEmpty();

		browser.find("#credentials-retry").click();
		browser.find("#credentials-input").sendKeys(TOKEN);
		browser.find("#credentials-submit").click();
		browser.awaitText("[data-webhook='" + this.sid + "'] .name", "first-hook");
		assertNoConsoleErrorsBut401s();
	}

	private String page() {
		return "http://localhost:" + this.port + "/__admin/";
	}

	/** A refused call is in the console as a failed load; nothing else may be. */
	private static void assertNoConsoleErrorsBut401s() {
		browser.assertNoConsoleErrorsBut((message) -> message.contains("the server responded with a status of 401"));
	}

}
