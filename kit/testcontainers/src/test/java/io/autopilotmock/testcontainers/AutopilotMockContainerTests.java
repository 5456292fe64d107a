package io.autopilotmock.testcontainers;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The container's settings, before anything is started (no Docker needed).
 */
class AutopilotMockContainerTests {

	@Test
	void settingsShouldBecomeTheEmulatorsEnvironment() {
		try (AutopilotMockContainer container = new AutopilotMockContainer().withIso8601Dates()
			.withStrictAccount("AC0123456789abcdef0123456789abcdef", "token")
			.withAdminToken("admin-token")) {
			assertThat(container.getExposedPorts()).containsExactly(8080);
			assertThat(container.getEnvMap()).containsEntry("AUTOPILOT_MOCK_DATE_FORMAT", "iso8601")
				.containsEntry("AUTOPILOT_MOCK_AUTH_MODE", "strict")
				.containsEntry("AUTOPILOT_MOCK_AUTH_CREDENTIALS", "AC0123456789abcdef0123456789abcdef:token")
				.containsEntry("AUTOPILOT_MOCK_ADMIN_TOKEN", "admin-token");
		}
	}

	@Test
	void aHostReceiverShouldBeNamedAndStayADestination() {
		try (AutopilotMockContainer container = new AutopilotMockContainer()
			.withEnv("AUTOPILOT_MOCK_EVENTS_ALLOWED_HOSTS", "localhost")
			.withHostReceiver(9000)) {
			container.configure();
			assertThat(container.getExtraHosts()).containsExactly("host.testcontainers.internal:host-gateway");
			assertThat(container.hostUrl("/hook")).isEqualTo("http://host.testcontainers.internal:9000/hook");
			assertThat(container.getEnvMap()).containsEntry("AUTOPILOT_MOCK_EVENTS_ALLOWED_HOSTS",
					"localhost,host.testcontainers.internal");
		}
	}

	@Test
	void withoutAHostReceiverThereShouldBeNoHostUrl() {
		try (AutopilotMockContainer container = new AutopilotMockContainer()) {
			container.configure();
			assertThat(container.getEnvMap()).doesNotContainKey("AUTOPILOT_MOCK_EVENTS_ALLOWED_HOSTS");
			assertThatIllegalStateException().isThrownBy(() -> container.hostUrl("/hook"))
				.withMessageContaining("withHostReceiver(port)");
		}
	}

}
