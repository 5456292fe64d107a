package io.autopilotmock.admin;

import io.restassured.RestAssured;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Installs {@link AdminDescriptionFilter} for every test of the suite, registered through
 * {@code META-INF/services} and JUnit's extension autodetection: no test opts in, so none
 * can forget to. Again before each test, since {@code RestAssured.reset()} removes it.
 */
public class AdminDescriptionExtension implements BeforeAllCallback, BeforeEachCallback {

	@Override
	public void beforeAll(ExtensionContext context) {
		install();
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		install();
	}

	private static synchronized void install() {
		if (!RestAssured.filters().contains(AdminDescriptionFilter.INSTANCE)) {
			RestAssured.filters(AdminDescriptionFilter.INSTANCE);
		}
	}

}
