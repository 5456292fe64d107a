package io.autopilotmock.inspector;

import io.autopilotmock.admin.StrictControlSurfaceTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

import org.springframework.boot.test.web.server.LocalServerPort;

import static io.autopilotmock.admin.StrictControlSurface.A;
import static io.autopilotmock.admin.StrictControlSurface.ADMIN_TOKEN;
import static io.autopilotmock.admin.StrictControlSurface.A_PASSWORD;
import static io.autopilotmock.admin.StrictControlSurface.B;
import static io.autopilotmock.admin.StrictControlSurface.B_PASSWORD;
import static io.autopilotmock.inspector.InspectorBrowserTests.api;
import static io.autopilotmock.inspector.InspectorBrowserTests.createWebhook;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inspector where the control surface wants credentials (strict mode and an admin
 * token): it asks once, keeps the answer for the tab, asks again only when refused, and
 * an account's own credentials show that account only.
 */
@StrictControlSurfaceTest
class InspectorStrictBrowserTests extends SharedBrowser {

	@LocalServerPort
	int port;

	String sid;

	String otherSid;

	@BeforeEach
	void setUp() {
		RestAssured.port = this.port;
		RestAssured.given().auth().oauth2(ADMIN_TOKEN).post("/__admin/reset").then().statusCode(200);
		this.sid = createWebhook(api(A, A_PASSWORD), "first-hook", "onDialogueStart", "https://example.com/first",
				"POST");
		this.otherSid = createWebhook(api(B, B_PASSWORD), "second-hook", "onDialogueStart",
				"https://example.com/second", "POST");
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

		browser.find("#credentials-input").sendKeys(ADMIN_TOKEN);
		browser.find("#credentials-submit").click();
		browser.awaitText("[data-webhook='" + this.sid + "'] .name", "first-hook");
		browser.awaitText("[data-webhook='" + this.otherSid + "'] .name", "second-hook");
		browser.awaitRefreshes(3);
		assertThat(dialog.isDisplayed()).isFalse();
		// Once at first, once after the refusal: never for each of the calls waiting.
		assertThat(browser.script("return document.body.dataset.credentialPrompts")).isEqualTo("2");
		assertThat(browser.script("return sessionStorage.getItem('autopilot-mock.inspector.credentials')"))
			.isEqualTo(ADMIN_TOKEN);
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
		browser.find("#credentials-input").sendKeys(A + ":" + A_PASSWORD);
		browser.find("#credentials-submit").click();

		browser.awaitText("[data-webhook='" + this.sid + "'] .name", "first-hook");
		browser.awaitRefreshes(2);
		assertThat(browser.findAll("[data-account]")).hasSize(1);
		assertThat(browser.findAll("[data-webhook='" + this.otherSid + "']")).isEmpty();
		assertThat(browser.find("#state").getText()).doesNotContain("second-hook").doesNotContain(B);
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
		browser.find("#credentials-input").sendKeys(ADMIN_TOKEN);
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
