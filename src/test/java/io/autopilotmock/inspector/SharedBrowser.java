package io.autopilotmock.inspector;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInfo;

/**
 * What every browser test class shares: one headless browser for all its tests (skipped
 * where none is installed, see {@link Browser}), and a screenshot after each test named
 * after the class and the test.
 */
abstract class SharedBrowser {

	static Browser browser;

	@BeforeAll
	static void startBrowser() {
		Browser.assumeInstalled();
		browser = Browser.start();
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.close();
			browser = null;
		}
	}

	@AfterEach
	void keepScreenshot(TestInfo test) {
		browser.screenshot(getClass().getSimpleName() + "-" + test.getTestMethod().orElseThrow().getName());
	}

}
