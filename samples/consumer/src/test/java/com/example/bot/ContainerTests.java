package com.example.bot;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.twilio.http.TwilioRestClient;
import com.twilio.rest.autopilot.v1.Assistant;
import com.twilio.rest.autopilot.v1.assistant.Webhook;
import io.autopilotmock.client.AutopilotMockAdmin;
import io.autopilotmock.client.Delivery;
import io.autopilotmock.client.DialogueResult;
import io.autopilotmock.client.DialogueSpec;
import io.autopilotmock.testcontainers.AutopilotMockContainer;
import io.autopilotmock.testcontainers.Engine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.autopilotmock.client.Paths.assistant;
import static io.autopilotmock.client.RequestPattern.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The container on its own: strict credentials, an admin token, a seed file, and a
 * receiver on the host. Skipped where no Docker engine holds the image.
 */
class ContainerTests {

	private static final String ACCOUNT = "AC0123456789abcdef0123456789abcdef";

	private static final String AUTH_TOKEN = "the-accounts-token";

	private static Receiver receiver;

	private static AutopilotMockContainer autopilot;

	@BeforeAll
	static void start() throws Exception {
		String unavailable = Engine.unavailable(AutopilotMockContainer.DEFAULT_IMAGE);
		assumeTrue(unavailable == null, () -> "Skipped: " + unavailable);
		receiver = new Receiver(AUTH_TOKEN);
		autopilot = new AutopilotMockContainer().withIso8601Dates()
			.withStrictAccount(ACCOUNT, AUTH_TOKEN)
			.withAdminToken("the-admin-token")
			.withSeedFile(Path.of("src/test/resources/seed.json"))
			.withHostReceiver(receiver.port());
		autopilot.start();
	}

	@AfterAll
	static void stop() {
		if (autopilot != null) {
			autopilot.stop();
		}
		if (receiver != null) {
			receiver.close();
		}
	}

	@BeforeEach
	void forgetTheRequests() {
		autopilot.admin().clearRequests();
	}

	@Test
	void theSeedShouldBeThereForTheStrictAccount() {
		TwilioRestClient twilio = new TwilioRestClient.Builder(ACCOUNT, AUTH_TOKEN)
			.httpClient(new EmulatorHttpClient(autopilot.getBaseUrl()))
			.build();

		Assistant bot = Assistant.fetcher("bot").fetch(twilio);

		assertThat(bot.getSid()).isEqualTo("UA0123456789abcdef0123456789abcdef");
		assertThat(bot.getFriendlyName()).isEqualTo("The bot");
		autopilot.admin().verify(1, get(assistant("bot")).withStatus(200));
	}

	@Test
	void aDeliveryShouldReachTheReceiverOnTheHost() {
		TwilioRestClient twilio = new TwilioRestClient.Builder(ACCOUNT, AUTH_TOKEN)
			.httpClient(new EmulatorHttpClient(autopilot.getBaseUrl()))
			.build();
		Webhook hook = new WebhookSetup(twilio).run("bot", autopilot.hostUrl("/from-the-container"));
		AutopilotMockAdmin admin = autopilot.admin().forAccount(ACCOUNT);

		DialogueResult fired = admin.simulateDialogue("bot", DialogueSpec.events("onDialogueEnd"));
		List<Delivery> deliveries = admin.awaitDeliveries(fired.dialogue().sid(), 1, Duration.ofSeconds(30));

		assertThat(deliveries).singleElement().satisfies((delivery) -> {
			assertThat(delivery.url())
				.isEqualTo("http://host.testcontainers.internal:" + receiver.port() + "/from-the-container");
			assertThat(delivery.state()).isEqualTo("delivered");
		});
		assertThat(receiver.valid())
			.anySatisfy((form) -> assertThat(form).containsEntry("DialogueSid", fired.dialogue().sid()));
		assertThat(hook.getDateCreated()).isNotNull();
	}

}
