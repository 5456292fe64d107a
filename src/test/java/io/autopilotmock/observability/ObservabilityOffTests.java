package io.autopilotmock.observability;

import io.micrometer.core.instrument.MeterRegistry;
import io.restassured.RestAssured;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * By default there is no Prometheus endpoint and no API request is timed; with the
 * request log switched off too, there is no filter on the request path at all.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "autopilot-mock.request-log=false")
@ExtendWith(OutputCaptureExtension.class)
class ObservabilityOffTests {

	@LocalServerPort
	int port;

	@Autowired
	MeterRegistry registry;

	@Autowired
	FilterRegistrationBean<ApiRequestFilter> filter;

	@BeforeEach
	void setUp() {
		RestAssured.port = this.port;
	}

	@Test
	void prometheusShouldBeOffByDefault() {
		RestAssured.given()
			.get("/actuator/prometheus")
			.then()
			.statusCode(404)
			.body("code", equalTo(20404))
			.body("status", equalTo(404));
	}

	@Test
	void apiRequestsShouldBeNeitherTimedNorLoggedWhenBothAreOff(CapturedOutput output) {
		RestAssured.given().get("/v1/Assistants").then().statusCode(200);
		assertThat(this.filter.isEnabled()).isFalse();
		assertThat(this.registry.find(ApiRequestFilter.METER).meters()).isEmpty();
		assertThat(output.getOut()).doesNotContain(ApiRequestFilter.class.getSimpleName());
	}

}
