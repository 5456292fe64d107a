package io.autopilotmock.journal;

import io.micrometer.core.instrument.MeterRegistry;
import io.restassured.RestAssured;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * {@code autopilot-mock.journal.size=0}: nothing is recorded, and the calls still answer.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "autopilot-mock.journal.size=0")
class JournalOffTests {

	@LocalServerPort
	int port;

	@Autowired
	MeterRegistry meters;

	@BeforeEach
	void setUp() {
		RestAssured.port = this.port;
	}

	@Test
	void nothingShouldBeRecorded() {
		RestAssured.get("/v1/Assistants").then().statusCode(200);
		RestAssured.get("/v1/Nowhere").then().statusCode(404);
		RestAssured.get("/__admin/requests")
			.then()
			.statusCode(200)
			.body("total", equalTo(0))
			.body("requests.size()", equalTo(0));
		RestAssured.delete("/__admin/requests").then().statusCode(200).body("deleted", equalTo(0));
		assertThat(this.meters.get("autopilot.journal.size").gauge().value()).isZero();
	}

}
