package io.autopilotmock.state;

import java.util.List;
import java.util.Map;

import io.autopilotmock.twilio.SeededSidGenerator;
import io.autopilotmock.twilio.SidGenerator;
import io.autopilotmock.twilio.SidPrefix;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static io.autopilotmock.state.ControlApi.createAssistant;
import static io.autopilotmock.state.ControlApi.createWebhook;
import static io.autopilotmock.state.ControlApi.exportState;
import static io.autopilotmock.state.ControlApi.importState;
import static io.autopilotmock.state.ControlApi.reset;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code autopilot-mock.sid.seed} over real HTTP: the same calls give the same SIDs, a
 * reset of every account starts the sequence over, and nothing stored is minted again,
 * dialogues included.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "autopilot-mock.sid.seed=ci-run-7")
class SidSeedApiTests {

	private static final String ACCOUNT = "AC000000000000000000000000000005e0";

	@LocalServerPort
	int port;

	@Autowired
	SidGenerator sids;

	@Autowired
	SidSequence sequence;

	@BeforeEach
	void setUp() {
		RestAssured.port = this.port;
		RestAssured.post("/__admin/reset");
	}

	@Test
	void sameCallsAfterAResetShouldGetTheSameSids() {
		List<String> first = calls();
		SeededSidGenerator expected = new SeededSidGenerator("ci-run-7");
		assertThat(first).containsExactly(expected.next(SidPrefix.ASSISTANT), expected.next(SidPrefix.WEBHOOK),
				expected.next(SidPrefix.WEBHOOK), expected.next(SidPrefix.ASSISTANT));
		RestAssured.post("/__admin/reset");
		assertThat(calls()).isEqualTo(first);
	}

	@Test
	void resetOfOneAccountShouldContinueTheSequence() {
		List<String> first = calls();
		reset(ACCOUNT);
		List<String> second = calls();
		assertThat(second).doesNotContainAnyElementsOf(first).allMatch((sid) -> sid.matches("U[AM][0-9a-f]{32}"));
	}

	@Test
	void importedSidsOfTheSequenceShouldNotBeMintedAgain() {
		List<String> first = calls();
		String exported = exportState(ACCOUNT).asString();
		RestAssured.post("/__admin/reset");
		importState(ACCOUNT, exported).then().statusCode(200);
		List<String> after = calls("again");
		assertThat(after).doesNotContainAnyElementsOf(first);
	}

	@Test
	void storedDialogueSidsShouldNotBeMintedAgainAfterARestart() {
		String assistant = createAssistant(ACCOUNT, "talker", "Bot").then().statusCode(201).extract().path("sid");
		String dialogue = startDialogue(assistant);
		assertThat(dialogue).isEqualTo(new SeededSidGenerator("ci-run-7").next(SidPrefix.DIALOGUE));
		// What a restart on a file or PostgreSQL store does: the sequence starts over and
		// continues after every SID stored.
		((SeededSidGenerator) this.sids).restart();
		this.sequence.continueAfterStored();
		assertThat(startDialogue(assistant)).matches("UK[0-9a-f]{32}").isNotEqualTo(dialogue);
	}

	private static String startDialogue(String assistant) {
		return RestAssured.given()
			.contentType(ContentType.JSON)
			.body(Map.of("account_sid", ACCOUNT, "events", List.of("onDialogueStart")))
			.post("/__admin/Assistants/{assistant}/Dialogues", assistant)
			.then()
			.statusCode(201)
			.extract()
			.path("dialogue.sid");
	}

	private static List<String> calls() {
		return calls("bot");
	}

	/**
	 * An assistant, two webhooks, an assistant registered by use (no SID minted), one
	 * more.
	 */
	private static List<String> calls(String name) {
		String assistant = createAssistant(ACCOUNT, name, "Bot").then().statusCode(201).extract().path("sid");
		String hook1 = createWebhook(ACCOUNT, assistant, name + "-one").then().statusCode(201).extract().path("sid");
		String hook2 = createWebhook(ACCOUNT, "UA000000000000000000000000000005e0", name + "-two").then()
			.statusCode(201)
			.extract()
			.path("sid");
		String second = createAssistant(ACCOUNT, name + "-2", "Bot").then().statusCode(201).extract().path("sid");
		return List.of(assistant, hook1, hook2, second);
	}

}
