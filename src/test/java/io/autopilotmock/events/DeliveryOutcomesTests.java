package io.autopilotmock.events;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a delivery's log line shows of its URL: no credentials, query or overrides.
 */
class DeliveryOutcomesTests {

	@ParameterizedTest
	@CsvSource({ "https://user:secret@hooks.test:8443/in?token=abc#rc=2, https://hooks.test:8443/in",
			"http://127.0.0.1:9000/hook, http://127.0.0.1:9000/hook", "http://[::1]/x?y, http://[::1]/x" })
	void theLoggedUrlShouldLeaveOutUserInformationQueryAndFragment(String url, String logged) {
		assertThat(DeliveryOutcomes.withoutQuery(url)).isEqualTo(logged);
	}

}
