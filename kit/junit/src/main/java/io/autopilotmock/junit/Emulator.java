package io.autopilotmock.junit;

import io.autopilotmock.client.AutopilotMockAdmin;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A running emulator, stopped by {@link #close()}, which may be called more than once:
 * JUnit closes it with the store that holds it (as a {@code CloseableResource} before
 * JUnit 5.13, as an {@code AutoCloseable} since).
 */
@SuppressWarnings("deprecation")
abstract class Emulator implements AutopilotMock, AutoCloseable, ExtensionContext.Store.CloseableResource {

	private final AutopilotMockAdmin admin;

	Emulator(String baseUrl, String adminToken) {
		AutopilotMockAdmin admin = AutopilotMockAdmin.connect(baseUrl);
		this.admin = (adminToken != null) ? admin.withAdminToken(adminToken) : admin;
	}

	@Override
	public String baseUrl() {
		return this.admin.baseUrl();
	}

	@Override
	public AutopilotMockAdmin admin() {
		return this.admin;
	}

	@Override
	public abstract void close();

	@Override
	public String toString() {
		return "autopilot-mock (" + mode() + ") at " + baseUrl();
	}

}
