package io.autopilotmock.webhook;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.twilio.base.Page;
import com.twilio.exception.ApiException;
import com.twilio.http.Request;
import com.twilio.http.Response;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.autopilot.v1.assistant.Webhook;
import com.twilio.rest.autopilot.v1.assistant.WebhookReader;
import io.autopilotmock.twilio.FixedClockConfiguration;
import io.autopilotmock.twilio.MutableClock;
import io.autopilotmock.twilio.MutableClockConfiguration;
import io.autopilotmock.twilio.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The official twilio-java 9.16.0 SDK, the last release with Autopilot, as a real client
 * of the running emulator, set up exactly as the README tells SDK users: ISO 8601 dates
 * and the README's {@link EmulatorHttpClient}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "autopilot-mock.date-format=iso8601")
@Import(MutableClockConfiguration.class)
class TwilioJavaSdkTests {

	// An account of its own, new on every run: test classes share the database, which
	// may be a reused PostgreSQL one, and assistants belong to an account, so nothing
	// created elsewhere can collide with these.
	private static final String ACCOUNT = TestAccounts.fresh();

	private static final URI HOOK_URL = URI.create("https://example.com/hook");

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	private RecordingHttpClient http;

	private TwilioRestClient client;

	private String assistant;

	@BeforeEach
	void connect() {
		this.http = new RecordingHttpClient("http://localhost:" + this.port);
		this.client = new TwilioRestClient.Builder(ACCOUNT, "token").httpClient(this.http).build();
		// A fresh, well-formed SID per test: the emulator registers it on first use.
		this.assistant = TestAccounts.freshAssistant();
		this.clock.set(FixedClockConfiguration.NOW);
	}

	@Test
	void createShouldReturnEveryField() {
		Webhook created = Webhook.creator(this.assistant, "created", "onDialogueStart onDialogueEnd", HOOK_URL)
			.setWebhookMethod("GET")
			.create(this.client);
		assertThat(created.getSid()).matches("UM[0-9a-f]{32}");
		assertThat(created.getAccountSid()).isEqualTo(ACCOUNT);
		assertThat(created.getAssistantSid()).isEqualTo(this.assistant);
		assertThat(created.getUniqueName()).isEqualTo("created");
		assertThat(created.getEvents()).isEqualTo("onDialogueStart onDialogueEnd");
		assertThat(created.getWebhookUrl()).isEqualTo(HOOK_URL);
		assertThat(created.getWebhookMethod()).isEqualTo("GET");
		assertThat(created.getUrl()).isEqualTo(URI.create("http://localhost:%d/v1/Assistants/%s/Webhooks/%s"
			.formatted(this.port, this.assistant, created.getSid())));
		assertThat(created.getDateCreated()).isNotNull();
		assertThat(created.getDateCreated().toInstant()).isEqualTo(FixedClockConfiguration.NOW);
		assertThat(created.getDateUpdated()).isEqualTo(created.getDateCreated());
	}

	@Test
	void fetchBySidShouldReturnTheCreatedWebhook() {
		Webhook created = create("by-sid");
		Webhook fetched = Webhook.fetcher(this.assistant, created.getSid()).fetch(this.client);
		assertThat(fetched).isEqualTo(created);
		assertThat(fetched.getWebhookMethod()).isEqualTo("POST");
	}

	@Test
	void fetchByUniqueNameShouldDecodeThePathAsTwilioJavaEncodesIt() {
		// twilio-java encodes path segments with URLEncoder: a space goes out as '+' and
		// a
		// plus sign as "%2B", which plain URI decoding would confuse.
		Webhook spaced = create("my hook");
		Webhook plussed = create("c++ hook");
		assertThat(Webhook.fetcher(this.assistant, "my hook").fetch(this.client)).isEqualTo(spaced);
		assertThat(Webhook.fetcher(this.assistant, "c++ hook").fetch(this.client)).isEqualTo(plussed);
	}

	@Test
	void listShouldAutoPageThroughEveryWebhookInCreationOrder() {
		List<String> created = new ArrayList<>();
		for (int i = 1; i <= 7; i++) {
			created.add(create("listed-" + i).getSid());
		}
		this.http.urls.clear();
		List<String> listed = new ArrayList<>();
		Webhook.reader(this.assistant).pageSize(2).read(this.client).forEach((hook) -> listed.add(hook.getSid()));
		assertThat(listed).containsExactlyElementsOf(created);
		// 2 + 2 + 2 + 1: an empty trailing page or a looping next_page_url shows here.
		assertThat(this.http.urls).hasSize(4);
		String list = "http://localhost:" + this.port + "/v1/Assistants/" + this.assistant + "/Webhooks";
		for (int page = 1; page < 4; page++) {
			assertThat(this.http.urls.get(page)).startsWith(list + "?PageSize=2&Page=" + page + "&PageToken=PA");
		}
	}

	@Test
	void listPagesShouldFollowNextPageUrlsToALastPageWithoutOne() {
		for (int i = 1; i <= 7; i++) {
			create("paged-" + i);
		}
		WebhookReader reader = Webhook.reader(this.assistant);
		reader.pageSize(2);
		List<Integer> sizes = new ArrayList<>();
		Page<Webhook> page = reader.firstPage(this.client);
		sizes.add(page.getRecords().size());
		while (page.hasNextPage()) {
			page = reader.nextPage(page, this.client);
			sizes.add(page.getRecords().size());
		}
		assertThat(sizes).containsExactly(2, 2, 2, 1);
		assertThat(page.getRecords()).extracting(Webhook::getUniqueName).containsExactly("paged-7");
	}

	@Test
	void updateShouldChangeWhatIsSentAndKeepTheRest() {
		Webhook created = create("before");
		Instant later = FixedClockConfiguration.NOW.plusSeconds(3600 + 7);
		this.clock.set(later);
		Webhook updated = Webhook.updater(this.assistant, created.getSid())
			.setUniqueName("after")
			.setWebhookMethod("GET")
			.update(this.client);
		assertThat(updated.getSid()).isEqualTo(created.getSid());
		assertThat(updated.getUniqueName()).isEqualTo("after");
		assertThat(updated.getWebhookMethod()).isEqualTo("GET");
		assertThat(updated.getEvents()).isEqualTo(created.getEvents());
		assertThat(updated.getWebhookUrl()).isEqualTo(created.getWebhookUrl());
		assertThat(updated.getDateCreated()).isEqualTo(created.getDateCreated());
		assertThat(updated.getDateCreated().toInstant()).isEqualTo(FixedClockConfiguration.NOW);
		assertThat(updated.getDateUpdated().toInstant()).isEqualTo(later);
		assertThat(Webhook.fetcher(this.assistant, "after").fetch(this.client)).isEqualTo(updated);
	}

	@Test
	void deleteShouldReturnTrueAndFetchAfterwardsShouldRaise404() {
		Webhook created = create("doomed");
		assertThat(Webhook.deleter(this.assistant, created.getSid()).delete(this.client)).isTrue();
		assertThatExceptionOfType(ApiException.class)
			.isThrownBy(() -> Webhook.fetcher(this.assistant, created.getSid()).fetch(this.client))
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(404);
				assertThat(ex.getCode()).isEqualTo(20404);
				assertThat(ex.getMoreInfo()).isEqualTo("https://www.twilio.com/docs/errors/20404");
				assertThat(ex.getMessage()).isEqualTo("The requested resource /Assistants/%s/Webhooks/%s was not found"
					.formatted(this.assistant, created.getSid()));
			});
	}

	@Test
	void createWhenUniqueNameTakenShouldRaise409() {
		create("taken");
		assertThatExceptionOfType(ApiException.class).isThrownBy(() -> create("taken")).satisfies((ex) -> {
			assertThat(ex.getStatusCode()).isEqualTo(409);
			assertThat(ex.getCode()).isEqualTo(409);
			assertThat(ex.getMessage()).isEqualTo("UniqueName already in use");
		});
	}

	@Test
	void updateWhenRenamingToATakenUniqueNameShouldRaise409() {
		create("first");
		Webhook second = create("second");
		assertThatExceptionOfType(ApiException.class)
			.isThrownBy(
					() -> Webhook.updater(this.assistant, second.getSid()).setUniqueName("first").update(this.client))
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(409);
				assertThat(ex.getCode()).isEqualTo(409);
			});
	}

	private Webhook create(String uniqueName) {
		return Webhook.creator(this.assistant, uniqueName, "onDialogueStart", HOOK_URL).create(this.client);
	}

	/**
	 * Remembers the URL of every request, to prove that auto-paging really went to the
	 * server page by page.
	 */
	static class RecordingHttpClient extends EmulatorHttpClient {

		final List<String> urls = new ArrayList<>();

		RecordingHttpClient(String emulator) {
			super(emulator);
		}

		@Override
		public Response makeRequest(Request request) {
			this.urls.add(request.constructURL().toString());
			return super.makeRequest(request);
		}

	}

}
