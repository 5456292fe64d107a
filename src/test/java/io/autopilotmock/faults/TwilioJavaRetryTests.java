package io.autopilotmock.faults;

import java.net.URI;

import com.twilio.exception.ApiException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.autopilot.v1.assistant.Webhook;
import io.autopilotmock.twilio.FixedClockConfiguration;
import io.autopilotmock.webhook.EmulatorHttpClient;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The official twilio-java 9.16.0 client, set up as the README tells SDK users, against
 * injected 503s: it makes up to three attempts, 100 ms apart, on any 5xx, so a fault for
 * two requests ends in success and one for three reaches the caller.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "autopilot-mock.date-format=iso8601")
@Import(FixedClockConfiguration.class)
class TwilioJavaRetryTests {

	private static final String ACCOUNT = "AC" + "9161".repeat(8);

	private static final String ASSISTANT = "UA" + "fa".repeat(16);

	private static final URI HOOK_URL = URI.create("https://example.com/hook");

	@LocalServerPort
	int port;

	private TwilioRestClient client;

	@BeforeEach
	void connect() {
		RestAssured.port = this.port;
		this.client = new TwilioRestClient.Builder(ACCOUNT, "token")
			.httpClient(new EmulatorHttpClient("http://localhost:" + this.port))
			.build();
		RestAssured.delete("/__admin/requests?account_sid={account}", ACCOUNT).then().statusCode(200);
	}

	@AfterEach
	void removeFaults() {
		RestAssured.delete("/__admin/faults?account_sid={account}", ACCOUNT).then().statusCode(200);
	}

	@Test
	void theSdksOwnRetryShouldEndInSuccessOnceTimesIsUsedUp() {
		injectUnavailable(2);
		Webhook created = Webhook.creator(ASSISTANT, "retried", "onDialogueStart", HOOK_URL).create(this.client);
		assertThat(created.getSid()).matches("UM[0-9a-f]{32}");
		assertThat(created.getDateCreated().toInstant()).isEqualTo(FixedClockConfiguration.NOW);
		Response journal = RestAssured.get("/__admin/requests?account_sid={account}", ACCOUNT);
		assertThat(journal.jsonPath().getList("requests.status")).containsExactly(201, 503, 503);
		assertThat(journal.jsonPath().getList("requests.parameters.UniqueName")).containsOnly("retried");
		assertThat(Webhook.reader(ASSISTANT).read(this.client)).extracting(Webhook::getSid)
			.containsExactly(created.getSid());
	}

	@Test
	void aFaultOutlastingTheRetriesShouldReachTheCaller() {
		injectUnavailable(3);
		assertThatExceptionOfType(ApiException.class)
			.isThrownBy(() -> Webhook.creator(ASSISTANT, "given-up", "onDialogueStart", HOOK_URL).create(this.client))
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(503);
				assertThat(ex.getCode()).isEqualTo(20503);
			});
		RestAssured.get("/__admin/requests?account_sid={account}", ACCOUNT)
			.then()
			.body("total", org.hamcrest.Matchers.equalTo(3));
	}

	private static void injectUnavailable(int times) {
		RestAssured.given().contentType(ContentType.JSON).body("""
				{"method": "POST", "path": "/v1/Assistants/*/Webhooks", "status": 503, "times": %d,
				 "account_sid": "%s"}""".formatted(times, ACCOUNT)).post("/__admin/faults").then().statusCode(201);
	}

}
