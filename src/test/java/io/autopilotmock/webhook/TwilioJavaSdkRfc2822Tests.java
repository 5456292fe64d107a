package io.autopilotmock.webhook;

import java.net.URI;

import com.twilio.http.TwilioRestClient;
import com.twilio.rest.autopilot.v1.assistant.Webhook;
import io.autopilotmock.twilio.FixedClockConfiguration;
import io.autopilotmock.twilio.TestAccounts;
import io.restassured.RestAssured;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * twilio-java 9.16.0 against the default RFC 2822 dates. twilio-java parses Autopilot's
 * dates only as ISO 8601 and turns anything else into {@code null}, silently: everything
 * but the dates works. That is why the README tells SDK users to set
 * {@code autopilot-mock.date-format=iso8601}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(FixedClockConfiguration.class)
class TwilioJavaSdkRfc2822Tests {

	// An account of its own, new on every run: test classes share the database.
	private static final String ACCOUNT = TestAccounts.fresh();

	@LocalServerPort
	int port;

	private TwilioRestClient client;

	private String assistant;

	@BeforeEach
	void connect() {
		this.client = new TwilioRestClient.Builder(ACCOUNT, "token")
			.httpClient(new EmulatorHttpClient("http://localhost:" + this.port))
			.build();
		this.assistant = TestAccounts.freshAssistant();
	}

	@Test
	void createShouldWorkButYieldNullDates() {
		Webhook created = Webhook
			.creator(this.assistant, "rfc-create", "onDialogueTurn", URI.create("https://example.com/rfc"))
			.create(this.client);
		assertThat(created.getSid()).matches("UM[0-9a-f]{32}");
		assertThat(created.getAccountSid()).isEqualTo(ACCOUNT);
		assertThat(created.getAssistantSid()).isEqualTo(this.assistant);
		assertThat(created.getUniqueName()).isEqualTo("rfc-create");
		assertThat(created.getEvents()).isEqualTo("onDialogueTurn");
		assertThat(created.getWebhookUrl()).isEqualTo(URI.create("https://example.com/rfc"));
		assertThat(created.getWebhookMethod()).isEqualTo("POST");
		assertThat(created.getDateCreated()).isNull();
		assertThat(created.getDateUpdated()).isNull();
	}

	@Test
	void fetchShouldWorkButYieldNullDatesThoughTheWireCarriesThem() {
		Webhook created = Webhook
			.creator(this.assistant, "rfc-fetch", "onDialogueTurn", URI.create("https://example.com/rfc"))
			.create(this.client);
		Webhook fetched = Webhook.fetcher(this.assistant, created.getSid()).fetch(this.client);
		assertThat(fetched.getSid()).isEqualTo(created.getSid());
		assertThat(fetched.getUniqueName()).isEqualTo("rfc-fetch");
		assertThat(fetched.getDateCreated()).isNull();
		assertThat(fetched.getDateUpdated()).isNull();
		// The nulls are the SDK's parsing, not missing data: the same fetch on the wire.
		RestAssured.given()
			.port(this.port)
			.auth()
			.preemptive()
			.basic(ACCOUNT, "token")
			.get("/v1/Assistants/{assistant}/Webhooks/{sid}", this.assistant, created.getSid())
			.then()
			.statusCode(200)
			.body("date_created", equalTo("Thu, 04 May 2023 09:42:00 +0000"))
			.body("date_updated", equalTo("Thu, 04 May 2023 09:42:00 +0000"));
	}

}
