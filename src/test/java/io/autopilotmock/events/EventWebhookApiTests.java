package io.autopilotmock.events;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.twilio.http.TwilioRestClient;
import com.twilio.rest.autopilot.v1.assistant.Dialogue;
import com.twilio.security.RequestValidator;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import io.autopilotmock.events.Receiver.Received;
import io.autopilotmock.twilio.TestAccounts;
import io.autopilotmock.webhook.EmulatorHttpClient;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static io.autopilotmock.events.EventsApi.createWebhook;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Simulated dialogues over real HTTP, delivered to a real receiver: who receives what,
 * the request exactly as Twilio sends it, each signature checked by twilio-java's own
 * {@link RequestValidator}, and the Dialogue resource read by twilio-java.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class EventWebhookApiTests extends AbstractReceiverApiTests {

	private static final String ACCOUNT = "AC" + "e7e7".repeat(8);

	private static final String PASSWORD = "the-auth-token";

	@Test
	void postDeliveryShouldCarryTheParametersAndHeadersTwilioSendsSigned() throws Exception {
		String hook = hook("post-hook", "onDialogueStart", "/post", "POST");
		Response fired = trigger(Map.of("events", List.of("onDialogueStart"), "parameters",
				ordered("UserIdentifier", "+15550001111", "Channel", "sms", "CurrentTask", "greeting"), "wait", true));
		fired.then().statusCode(201);
		String dialogue = fired.path("dialogue.sid");
		assertThat(dialogue).matches("UK[0-9a-f]{32}");
		assertThat((List<?>) fired.path("deliveries")).hasSize(1);
		assertThat((String) fired.path("deliveries[0].state")).isEqualTo("delivered");
		assertThat((String) fired.path("deliveries[0].webhook_sid")).isEqualTo(hook);
		assertThat((String) fired.path("deliveries[0].attempts[0].outcome")).isEqualTo("200");
		assertThat((String) fired.path("deliveries[0].attempts[0].body")).isEqualTo("ok");

		Received request = this.receiver.await("/post", 1, Duration.ofSeconds(5)).get(0);
		assertThat(request.method()).isEqualTo("POST");
		assertThat(request.rawQuery()).isNull();
		assertThat(request.header("Content-Type")).isEqualTo("application/x-www-form-urlencoded; charset=UTF-8");
		assertThat(request.header("User-Agent")).isEqualTo("TwilioProxy/1.1");
		assertThat(request.header("Accept")).isEqualTo("*/*");
		assertThat(request.header("X-Home-Region")).isEqualTo("us1");
		assertThat(request.header("I-Twilio-Idempotency-Token"))
			.matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}")
			.isEqualTo(fired.path("deliveries[0].idempotency_token"));
		assertThat(request.form()).containsExactlyEntriesOf(ordered("AccountSid", ACCOUNT, "AssistantSid",
				this.assistant, "DialogueSid", dialogue, "Event", "onDialogueStart", "DialoguePayloadUrl",
				"http://localhost:" + this.port + "/v1/Assistants/" + this.assistant + "/Dialogues/" + dialogue,
				"UserIdentifier", "+15550001111", "Channel", "sms", "CurrentTask", "greeting"));
		String signature = request.header("X-Twilio-Signature");
		assertThat(
				new RequestValidator(PASSWORD).validate(request.url(this.receiver.port()), request.form(), signature))
			.isTrue();
		assertThat(new RequestValidator("another-token").validate(request.url(this.receiver.port()), request.form(),
				signature))
			.isFalse();
	}

	@Test
	void getDeliveryShouldCarryTheParametersInTheQueryWithoutTheFragmentSigned() throws Exception {
		hook("get-hook", "onDialogueEnd", "/get?tenant=a%20b#rc=0&e=ashburn", "GET");
		Response fired = trigger(
				Map.of("events", List.of("onDialogueEnd"), "parameters", Map.of("Memory", "{\"a\": 1}"), "wait", true));
		fired.then().statusCode(201);
		String dialogue = fired.path("dialogue.sid");

		Received request = this.receiver.await("/get", 1, Duration.ofSeconds(5)).get(0);
		assertThat(request.method()).isEqualTo("GET");
		assertThat(request.body()).isEmpty();
		assertThat(request.header("Content-Type")).isNull();
		assertThat(request.query()).containsExactlyEntriesOf(ordered("tenant", "a b", "AccountSid", ACCOUNT,
				"AssistantSid", this.assistant, "DialogueSid", dialogue, "Event", "onDialogueEnd", "DialoguePayloadUrl",
				"http://localhost:" + this.port + "/v1/Assistants/" + this.assistant + "/Dialogues/" + dialogue,
				"Memory", "{\"a\": 1}"));
		String signature = request.header("X-Twilio-Signature");
		assertThat(new RequestValidator(PASSWORD).validate(request.url(this.receiver.port()), Map.of(), signature))
			.isTrue();
	}

	@Test
	void eachEventShouldReachExactlyTheWebhooksSubscribedToItWhateverTheCase() throws Exception {
		hook("both", "onDialogueStart onDialogueEnd", "/both", "POST");
		hook("end-upper", "ONDIALOGUEEND", "/end", "GET");
		hook("turn", "onDialogueTurn", "/turn", "POST");
		String deleted = hook("deleted", "onDialogueStart", "/deleted", "POST");
		String moved = hook("moved", "onDialogueTurn", "/moved", "POST");
		String other = TestAccounts.freshAssistant();
		createWebhook(ACCOUNT, PASSWORD, other, "elsewhere", "onDialogueStart", this.receiver.url("/elsewhere"),
				"POST");
		RestAssured.given()
			.auth()
			.preemptive()
			.basic(ACCOUNT, PASSWORD)
			.delete("/v1/Assistants/{a}/Webhooks/{w}", this.assistant, deleted)
			.then()
			.statusCode(204);
		RestAssured.given()
			.auth()
			.preemptive()
			.basic(ACCOUNT, PASSWORD)
			.formParam("Events", "onDialogueStart")
			.post("/v1/Assistants/{a}/Webhooks/{w}", this.assistant, moved)
			.then()
			.statusCode(200);

		Response fired = trigger(Map.of("events", List.of("onDialogueStart", "ondialogueend"), "wait", true));
		fired.then().statusCode(201);
		assertThat((List<String>) fired.path("deliveries.event")).containsExactly("onDialogueStart", "onDialogueStart",
				"ondialogueend", "ondialogueend");
		assertThat((List<String>) fired.path("deliveries.state")).containsOnly("delivered");

		assertThat(this.receiver.await("/both", 2, Duration.ofSeconds(5))).extracting((r) -> r.form().get("Event"))
			.containsExactlyInAnyOrder("onDialogueStart", "ondialogueend");
		assertThat(this.receiver.await("/end", 1, Duration.ofSeconds(5))).extracting((r) -> r.query().get("Event"))
			.containsExactly("ondialogueend");
		assertThat(this.receiver.await("/moved", 1, Duration.ofSeconds(5))).extracting((r) -> r.form().get("Event"))
			.containsExactly("onDialogueStart");
		assertThat(this.receiver.received()).hasSize(4);
		assertThat(this.receiver.received("/turn")).isEmpty();
		assertThat(this.receiver.received("/deleted")).isEmpty();
		assertThat(this.receiver.received("/elsewhere")).isEmpty();
	}

	@Test
	void everyDeliveryShouldHaveItsOwnIdempotencyToken() throws Exception {
		hook("tokens", "onDialogueStart onDialogueTurn onDialogueEnd", "/tokens", "POST");
		Response fired = trigger(
				Map.of("events", List.of("onDialogueStart", "onDialogueTurn", "onDialogueEnd"), "wait", true));
		List<Received> received = this.receiver.await("/tokens", 3, Duration.ofSeconds(5));
		assertThat(received).extracting((r) -> r.header("I-Twilio-Idempotency-Token"))
			.doesNotHaveDuplicates()
			.containsExactlyInAnyOrderElementsOf(fired.path("deliveries.idempotency_token"));
	}

	@Test
	void withoutWaitTheTriggerShouldAnswerAtOnceWithItsDeliveriesPending() throws Exception {
		hook("slow", "onDialogueStart", "/slow", "POST");
		this.receiver.answer("/slow", 1500, 200);
		Response fired = trigger(Map.of("events", List.of("onDialogueStart")));
		fired.then().statusCode(201).body("deliveries[0].state", equalTo("pending"));
		assertThat((List<?>) fired.path("deliveries[0].attempts")).isEmpty();
		this.receiver.await("/slow", 1, Duration.ofSeconds(5));
	}

	@Test
	void waitShouldAnswerOnlyWhenTheDeliveriesHaveFinished() throws Exception {
		hook("waited", "onDialogueStart", "/waited", "POST");
		this.receiver.answer("/waited", 700, 204);
		long start = System.nanoTime();
		Response fired = trigger(Map.of("events", List.of("onDialogueStart"), "wait", true));
		long tookMs = (System.nanoTime() - start) / 1_000_000;
		fired.then()
			.statusCode(201)
			.body("deliveries[0].state", equalTo("delivered"))
			.body("deliveries[0].attempts[0].status", equalTo(204));
		assertThat(tookMs).isGreaterThanOrEqualTo(700);
	}

	@Test
	void moreEventsShouldFireInTheSameDialogueAndTheDialogueShouldReadWithTwilioJava() throws Exception {
		hook("dialogue", "onDialogueStart onDialogueEnd", "/dialogue", "POST");
		Response begun = trigger(
				Map.of("events", List.of("onDialogueStart"), "parameters", Map.of("Channel", "voice"), "wait", true));
		String dialogue = begun.path("dialogue.sid");
		Response ended = more(dialogue, Map.of("events", List.of("onDialogueEnd"), "wait", true));
		ended.then().statusCode(200).body("dialogue.sid", equalTo(dialogue));
		assertThat(this.receiver.await("/dialogue", 2, Duration.ofSeconds(5)))
			.extracting((r) -> r.form().get("DialogueSid"))
			.containsOnly(dialogue);

		TwilioRestClient client = new TwilioRestClient.Builder(ACCOUNT, PASSWORD)
			.httpClient(new EmulatorHttpClient("http://localhost:" + this.port))
			.build();
		Dialogue fetched = Dialogue.fetcher(this.assistant, dialogue).fetch(client);
		assertThat(fetched.getAccountSid()).isEqualTo(ACCOUNT);
		assertThat(fetched.getAssistantSid()).isEqualTo(this.assistant);
		assertThat(fetched.getSid()).isEqualTo(dialogue);
		assertThat(fetched.getUrl()).hasToString(
				"http://localhost:" + this.port + "/v1/Assistants/" + this.assistant + "/Dialogues/" + dialogue);
		assertThat(fetched.getData()).isEqualTo(
				Map.of("events", List.of(Map.of("event", "onDialogueStart", "parameters", Map.of("Channel", "voice")),
						Map.of("event", "onDialogueEnd", "parameters", Map.of()))));
	}

	@Test
	void aTriggerWithoutSubscribersShouldStillBeginADialogue() {
		Response fired = EventsApi.trigger(this.assistant, Map.of("events", List.of("onActionsFetch")));
		fired.then()
			.statusCode(201)
			.body("dialogue.account_sid", equalTo("AC00000000000000000000000000000000"))
			.body("dialogue.assistant_sid", equalTo(this.assistant))
			.body("dialogue.data.events[0].event", equalTo("onActionsFetch"))
			.body("deliveries.size()", equalTo(0));
	}

	@Test
	void fetchOfAnUnknownDialogueShouldAnswer404() {
		String path = "/v1/Assistants/" + this.assistant + "/Dialogues/UK" + "0".repeat(32);
		RestAssured.get(path)
			.then()
			.statusCode(404)
			.body("code", equalTo(20404))
			.body("message",
					equalTo("The requested resource /Assistants/" + this.assistant + "/Dialogues/UK" + "0".repeat(32)
							+ " was not found"))
			.body("status", equalTo(404));
		more("UK" + "0".repeat(32), Map.of("events", List.of("onDialogueEnd"))).then()
			.statusCode(404)
			.body("code", equalTo(20404));
	}

	@Test
	void badTriggersShouldAnswer400() {
		assertBadRequest(Map.of("events", List.of("onDialogueStart", "onSomethingElse")),
				"events contains an unknown event: onSomethingElse");
		assertBadRequest(Map.of("parameters", Map.of()), "Missing required parameter events: a list of event names");
		assertBadRequest(Map.of("events", List.of("onDialogueStart"), "parameters", Map.of("Event", "x")),
				"parameters.Event is set by the emulator: leave it out");
		assertBadRequest(Map.of("events", List.of("onDialogueStart"), "parameters", Map.of("Memory", 1)),
				"parameters.Memory must be a string");
		assertBadRequest(Map.of("events", List.of("onDialogueStart"), "delay_ms", 60_001),
				"delay_ms must be 0 to 60000, was 60001");
		RestAssured.given()
			.contentType("application/json")
			.body("{not json")
			.post("/__admin/Assistants/{a}/Dialogues", this.assistant)
			.then()
			.statusCode(400)
			.body("code", equalTo(20001));
	}

	private void assertBadRequest(Map<String, Object> body, String message) {
		trigger(body).then()
			.statusCode(400)
			.body("code", equalTo(20001))
			.body("message", equalTo(message))
			.body("more_info", equalTo("https://www.twilio.com/docs/errors/20001"));
	}

	private Response trigger(Map<String, Object> body) {
		return EventsApi.trigger(this.assistant, withAccount(body));
	}

	private Response more(String dialogue, Map<String, Object> body) {
		return EventsApi.more(this.assistant, dialogue, withAccount(body));
	}

	private static Map<String, Object> withAccount(Map<String, Object> body) {
		Map<String, Object> copy = new java.util.LinkedHashMap<>(body);
		copy.put("account_sid", ACCOUNT);
		return copy;
	}

	private String hook(String name, String events, String path, String method) {
		return createWebhook(ACCOUNT, PASSWORD, this.assistant, name, events, this.receiver.url(path), method);
	}

	static Map<String, String> ordered(String... namesAndValues) {
		Map<String, String> map = new java.util.LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			map.put(namesAndValues[i], namesAndValues[i + 1]);
		}
		return map;
	}

}
