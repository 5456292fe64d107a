package io.autopilotmock.observability;

import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class StartupAddressesTests {

	@Test
	void lineShouldNameTheApiTheControlCallsAndTheInspector() {
		assertThat(StartupAddresses.line("http://localhost:8080"))
			.isEqualTo("autopilot-mock is ready: API http://localhost:8080/v1, control calls "
					+ "http://localhost:8080/__admin, inspector http://localhost:8080/__admin/");
	}

	@Test
	void baseShouldBeTheLocalPortWhenNoPublicBaseUrlIsSet() {
		MockEnvironment environment = new MockEnvironment().withProperty("local.server.port", "54321");
		assertThat(StartupAddresses.base(environment)).isEqualTo("http://localhost:54321");
	}

	@Test
	void baseShouldBeThePublicBaseUrlWithoutItsTrailingSlash() {
		MockEnvironment environment = new MockEnvironment().withProperty("local.server.port", "54321")
			.withProperty("autopilot-mock.public-base-url", "https://mock.example.com/");
		assertThat(StartupAddresses.base(environment)).isEqualTo("https://mock.example.com");
	}

	@Test
	void baseShouldBeAbsentWithoutAWebServer() {
		assertThat(StartupAddresses.base(new MockEnvironment())).isNull();
	}

}
