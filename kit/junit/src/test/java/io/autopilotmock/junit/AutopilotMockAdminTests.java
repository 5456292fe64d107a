package io.autopilotmock.junit;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.autopilotmock.client.AutopilotMockAdmin;
import io.autopilotmock.client.AutopilotMockException;
import io.autopilotmock.client.ClockState;
import io.autopilotmock.client.Delivery;
import io.autopilotmock.client.DialogueResult;
import io.autopilotmock.client.DialogueSpec;
import io.autopilotmock.client.Fault;
import io.autopilotmock.client.FaultSpec;
import io.autopilotmock.client.JournalEntry;
import io.autopilotmock.client.ResetResult;
import io.autopilotmock.client.StateDocument;
import io.autopilotmock.client.VerificationError;
import org.junit.jupiter.api.Test;

import static io.autopilotmock.client.Paths.webhooks;
import static io.autopilotmock.client.RequestPattern.anyRequest;
import static io.autopilotmock.client.RequestPattern.get;
import static io.autopilotmock.client.RequestPattern.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Every control call through the client, against the emulator the extension started.
 */
@AutopilotMockTest
class AutopilotMockAdminTests {

	private static final String ASSISTANT = "UA0123456789abcdef0123456789abcdef";

	@Test
	void verifyShouldCountTheRequestsThatMatch(AutopilotMock emulator, AutopilotMockAdmin admin) throws Exception {
		assertThat(Api.createWebhook(emulator.baseUrl(), ASSISTANT, "hook", "onDialogueEnd", "http://127.0.0.1:9/x")
			.statusCode()).isEqualTo(201);
		assertThat(Api.createWebhook(emulator.baseUrl(), ASSISTANT, "hook", "onDialogueEnd", "http://127.0.0.1:9/x")
			.statusCode()).isEqualTo(409);

		admin.verify(2, post(webhooks(ASSISTANT)));
		admin.verify(1, post(webhooks("*")).withStatus(201));
		admin.verify(1, post(webhooks(ASSISTANT)).withStatus("4xx"));
		admin.verify(0, get(webhooks(ASSISTANT)));
		List<JournalEntry> created = admin.requests(post(webhooks(ASSISTANT)).withStatus(201));
		assertThat(created).singleElement().satisfies((entry) -> {
			assertThat(entry.parameters()).containsEntry("UniqueName", "hook").containsEntry("Events", "onDialogueEnd");
			assertThat(entry.accountSid()).isEqualTo("AC00000000000000000000000000000000");
		});
		assertThatExceptionOfType(VerificationError.class).isThrownBy(() -> admin.verify(3, post(webhooks(ASSISTANT))))
			.withMessageStartingWith("Expected 3 requests POST /v1/Assistants/" + ASSISTANT + "/Webhooks, found 2.")
			.withMessageContaining("POST /v1/Assistants/" + ASSISTANT + "/Webhooks -> 409");
		assertThat(admin.clearRequests()).isEqualTo(2);
		admin.verify(0, anyRequest());
	}

	@Test
	void resetShouldDeleteWhatTheTestMade(AutopilotMock emulator, AutopilotMockAdmin admin) throws Exception {
		Api.createWebhook(emulator.baseUrl(), ASSISTANT, "hook", "onDialogueEnd", "http://127.0.0.1:9/x");

		ResetResult reset = admin.reset();

		assertThat(reset.accountSid()).isNull();
		assertThat(reset.deleted()).containsEntry("webhooks", 1L).containsEntry("assistants", 1L);
		assertThat(admin.exportState().accounts()).isEmpty();
	}

	@Test
	void stateShouldRoundTripThroughTheRecords(AutopilotMock emulator, AutopilotMockAdmin admin) throws Exception {
		Api.createWebhook(emulator.baseUrl(), ASSISTANT, "hook", "onDialogueStart onDialogueEnd",
				"http://127.0.0.1:9/x");
		StateDocument exported = admin.exportState();
		admin.reset();

		StateDocument imported = admin.importState(exported);

		assertThat(imported).isEqualTo(exported);
		StateDocument.Webhook webhook = imported.accounts().get(0).assistants().get(0).webhooks().get(0);
		assertThat(webhook.uniqueName()).isEqualTo("hook");
		assertThat(webhook.events()).isEqualTo("onDialogueStart onDialogueEnd");
		assertThat(webhook.sid()).startsWith("UM");
	}

	@Test
	void aBadStateShouldBeTwiliosErrorAsAnException(AutopilotMockAdmin admin) {
		assertThatExceptionOfType(AutopilotMockException.class)
			.isThrownBy(() -> admin.importState("{\"accounts\": [{\"account_sid\": \"AC1\"}]}"))
			.satisfies((ex) -> {
				assertThat(ex.getStatus()).isEqualTo(400);
				assertThat(ex.getCode()).isEqualTo(20001);
				assertThat(ex.getMoreInfo()).isEqualTo("https://www.twilio.com/docs/errors/20001");
				assertThat(ex.getMessage()).startsWith("400 / 20001: accounts[0]");
			});
	}

	@Test
	void anInjectedFaultShouldAnswerUntilUsedUp(AutopilotMock emulator, AutopilotMockAdmin admin) throws Exception {
		Fault fault = admin.injectFault(FaultSpec.error(503).on("POST", webhooks("*")).times(1));
		assertThat(fault.status()).isEqualTo(503);
		assertThat(fault.code()).isEqualTo(20503);
		assertThat(fault.remaining()).isEqualTo(1);
		assertThat(admin.faults()).containsExactly(fault);

		assertThat(Api.createWebhook(emulator.baseUrl(), ASSISTANT, "hook", "onDialogueEnd", "http://127.0.0.1:9/x")
			.statusCode()).isEqualTo(503);
		assertThat(Api.createWebhook(emulator.baseUrl(), ASSISTANT, "hook", "onDialogueEnd", "http://127.0.0.1:9/x")
			.statusCode()).isEqualTo(201);
		assertThat(admin.faults()).isEmpty();

		Fault latency = admin.injectFault(FaultSpec.latency(10));
		assertThat(admin.fault(latency.id()).delayMs()).isEqualTo(10);
		admin.deleteFault(latency.id());
		assertThatExceptionOfType(AutopilotMockException.class).isThrownBy(() -> admin.fault(latency.id()))
			.satisfies((ex) -> assertThat(ex.getStatus()).isEqualTo(404));
		assertThatExceptionOfType(AutopilotMockException.class)
			.isThrownBy(() -> admin.injectFault(FaultSpec.error(200)))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(20001));
		assertThat(admin.clearFaults()).isZero();
	}

	@Test
	void theClockShouldFreezeMoveAndReturn(AutopilotMockAdmin admin) {
		Instant time = Instant.parse("2023-05-04T09:42:00Z");

		assertThat(admin.freezeClock(time)).isEqualTo(new ClockState(time, true));
		assertThat(admin.advanceClock(Duration.ofHours(1))).isEqualTo(new ClockState(time.plusSeconds(3600), true));
		assertThat(admin.clock().frozen()).isTrue();
		assertThat(admin.releaseClock().frozen()).isFalse();
	}

	@Test
	void aDialogueShouldBeDeliveredToTheReceiver(AutopilotMock emulator, AutopilotMockAdmin admin) throws Exception {
		try (Receiver receiver = new Receiver()) {
			Api.createWebhook(emulator.baseUrl(), ASSISTANT, "hook", "onDialogueStart onDialogueEnd",
					emulator.hostUrl(receiver.port(), "/hook"));

			DialogueResult fired = admin.simulateDialogue(ASSISTANT,
					DialogueSpec.events("onDialogueStart", "onDialogueEnd").parameter("Channel", "sms"));
			List<Delivery> delivered = admin.awaitDeliveries(fired.dialogue().sid(), 2, Duration.ofSeconds(20));

			assertThat(fired.dialogue().sid()).startsWith("UK");
			assertThat(fired.dialogue().events()).extracting((event) -> event.event())
				.containsExactly("onDialogueStart", "onDialogueEnd");
			assertThat(fired.dialogue().events().get(0).parameters()).containsEntry("Channel", "sms");
			assertThat(fired.deliveriesCount()).isEqualTo(2);
			assertThat(delivered).extracting(Delivery::event).containsExactly("onDialogueStart", "onDialogueEnd");
			assertThat(delivered).allSatisfy((delivery) -> {
				assertThat(delivery.isDelivered()).isTrue();
				assertThat(delivery.attempts()).singleElement()
					.satisfies((attempt) -> assertThat(attempt.status()).isEqualTo(200));
			});
			assertThat(receiver.bodies()).hasSize(2).allSatisfy((body) -> assertThat(body).contains("Channel=sms"));
			Delivery.Request request = admin.delivery(delivered.get(0).id()).request();
			assertThat(request.headers()).containsKey("X-Twilio-Signature");
			assertThat(request.parameters()).containsEntry("Event", "onDialogueStart");

			DialogueResult more = admin.continueDialogue(ASSISTANT, fired.dialogue().sid(),
					DialogueSpec.events("onDialogueEnd").waitForDeliveries());
			assertThat(more.deliveries()).singleElement()
				.satisfies((delivery) -> assertThat(delivery.state()).isEqualTo("delivered"));
		}
	}

	@Test
	void awaitingMoreDeliveriesThanComeShouldSayWhatCame(AutopilotMockAdmin admin) {
		DialogueResult fired = admin.simulateDialogue(ASSISTANT, DialogueSpec.events("onDialogueEnd"));

		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> admin.awaitDeliveries(fired.dialogue().sid(), 1, Duration.ofMillis(200)))
			.withMessageContaining("Expected 1 finished deliveries of dialogue " + fired.dialogue().sid())
			.withMessageContaining("found 0 finished of 0");
	}

}
