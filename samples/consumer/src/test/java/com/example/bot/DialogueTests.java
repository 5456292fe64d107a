package com.example.bot;

import java.time.Duration;
import java.util.List;

import com.twilio.exception.ApiException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.autopilot.v1.assistant.Webhook;
import io.autopilotmock.client.AutopilotMockAdmin;
import io.autopilotmock.client.Delivery;
import io.autopilotmock.client.DialogueResult;
import io.autopilotmock.client.DialogueSpec;
import io.autopilotmock.client.FaultSpec;
import io.autopilotmock.junit.AutopilotMock;
import io.autopilotmock.junit.AutopilotMockTest;
import org.junit.jupiter.api.Test;

import static io.autopilotmock.client.Paths.webhooks;
import static io.autopilotmock.client.RequestPattern.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The bot's receiver gets the signed deliveries of a simulated dialogue, and the bot's
 * set-up survives what Twilio's outages look like: in a container or a child process,
 * whichever this machine has.
 */
@AutopilotMockTest
class DialogueTests {

	private static final String ASSISTANT = "UA00000000000000000000000000000b07";

	private static final String AUTH_TOKEN = "the-bots-auth-token";

	@Test
	void aDialogueShouldReachTheReceiverSigned(AutopilotMock emulator, AutopilotMockAdmin admin) throws Exception {
		try (Receiver receiver = new Receiver(AUTH_TOKEN)) {
			Webhook hook = new WebhookSetup(twilio(emulator)).run(ASSISTANT,
					emulator.hostUrl(receiver.port(), "/autopilot"));

			DialogueResult fired = admin.simulateDialogue(ASSISTANT,
					DialogueSpec.events("onDialogueStart", "onDialogueEnd", "onDialogueEnd")
						.parameter("UserIdentifier", "+15550001111"));
			List<Delivery> deliveries = admin.awaitDeliveries(fired.dialogue().sid(), 2, Duration.ofSeconds(30));

			// Only onDialogueEnd is subscribed: two deliveries, both signed with the
			// token the bot uses.
			assertThat(deliveries).extracting(Delivery::state).containsExactly("delivered", "delivered");
			assertThat(deliveries).extracting(Delivery::webhookSid).containsOnly(hook.getSid());
			assertThat(receiver.invalid()).isEmpty();
			assertThat(receiver.valid()).hasSize(2).allSatisfy((form) -> {
				assertThat(form).containsEntry("Event", "onDialogueEnd")
					.containsEntry("DialogueSid", fired.dialogue().sid())
					.containsEntry("UserIdentifier", "+15550001111");
			});
		}
	}

	@Test
	void anOutageShouldReachTheBotAsTwiliosError(AutopilotMock emulator, AutopilotMockAdmin admin) {
		// twilio-java retries a 5xx twice: three failures reach the caller.
		admin.injectFault(FaultSpec.error(503).on("POST", webhooks("*")).times(3));

		assertThatExceptionOfType(ApiException.class)
			.isThrownBy(() -> new WebhookSetup(twilio(emulator)).run(ASSISTANT, "http://127.0.0.1:9/hook"))
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(503);
				assertThat(ex.getCode()).isEqualTo(20503);
			});
		admin.verify(3, post(webhooks(ASSISTANT)).withStatus(503));
		admin.verify(0, post(webhooks(ASSISTANT)).withStatus(201));
	}

	private static TwilioRestClient twilio(AutopilotMock emulator) {
		return new TwilioRestClient.Builder("AC00000000000000000000000000000000", AUTH_TOKEN)
			.httpClient(new EmulatorHttpClient(emulator.baseUrl()))
			.build();
	}

}
