package io.autopilotmock.client;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A typed client of the emulator's control calls ({@code /__admin}): reset, state, the
 * request journal, faults, the clock, simulated dialogues and their deliveries. Built on
 * the JDK's {@link HttpClient} and nothing else, so it adds no dependency to a test class
 * path. Immutable and thread-safe; {@link #forAccount}, {@link #withAdminToken} and
 * {@link #withCredentials} answer a new client sharing the same connections.
 *
 * <pre>
 * AutopilotMockAdmin admin = AutopilotMockAdmin.connect("http://localhost:8080");
 * admin.reset();
 * DialogueResult fired = admin.simulateDialogue(assistant, DialogueSpec.events("onDialogueEnd"));
 * admin.awaitDeliveries(fired.dialogue().sid(), 1, Duration.ofSeconds(10));
 * admin.verify(1, RequestPattern.post(Paths.webhooks(assistant)).withStatus(201));
 * </pre>
 *
 * A refused call throws {@link AutopilotMockException} with Twilio's error body.
 */
public final class AutopilotMockAdmin {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	/** A trigger that waits may take its delay, a delivery's total time and 5 s more. */
	private static final Duration TRIGGER_TIMEOUT = Duration.ofSeconds(90);

	private static final Duration POLL = Duration.ofMillis(50);

	private final HttpClient http;

	private final String baseUrl;

	private final String authorization;

	private final String accountSid;

	private AutopilotMockAdmin(HttpClient http, String baseUrl, String authorization, String accountSid) {
		this.http = http;
		this.baseUrl = baseUrl;
		this.authorization = authorization;
		this.accountSid = accountSid;
	}

	/** A client of the emulator at this base URL, e.g. {@code http://localhost:8080}. */
	public static AutopilotMockAdmin connect(String baseUrl) {
		HttpClient http = HttpClient.newBuilder()
			.connectTimeout(Duration.ofSeconds(5))
			.version(HttpClient.Version.HTTP_1_1)
			.build();
		return new AutopilotMockAdmin(http, baseUrl.replaceAll("/+$", ""), null, null);
	}

	/** The emulator's base URL, without a trailing slash. */
	public String baseUrl() {
		return this.baseUrl;
	}

	/**
	 * Sends {@code Authorization: Bearer token}, as {@code AUTOPILOT_MOCK_ADMIN_TOKEN}
	 * asks.
	 */
	public AutopilotMockAdmin withAdminToken(String token) {
		return new AutopilotMockAdmin(this.http, this.baseUrl, "Bearer " + token, this.accountSid);
	}

	/**
	 * Sends an account's Basic credentials, as strict mode asks; acts on that account.
	 */
	public AutopilotMockAdmin withCredentials(String accountSid, String authToken) {
		String basic = Base64.getEncoder()
			.encodeToString((accountSid + ":" + authToken).getBytes(StandardCharsets.UTF_8));
		return new AutopilotMockAdmin(this.http, this.baseUrl, "Basic " + basic, this.accountSid);
	}

	/** Acts on this account only ({@code account_sid}); without it, on every account. */
	public AutopilotMockAdmin forAccount(String accountSid) {
		return new AutopilotMockAdmin(this.http, this.baseUrl, this.authorization, accountSid);
	}

	/**
	 * Deletes the scope's assistants, webhooks, dialogues, deliveries, journal and
	 * faults.
	 */
	public ResetResult reset() {
		return ResetResult.of(send("POST", "/__admin/reset", "", null, TIMEOUT));
	}

	public StateDocument exportState() {
		return StateDocument.of(send("GET", "/__admin/state", "", null, TIMEOUT));
	}

	/** Replaces the scope's state with this document; answers the new state. */
	public StateDocument importState(StateDocument state) {
		return importState(state.json());
	}

	/** Replaces the scope's state with this JSON document, e.g. a seed file's. */
	public StateDocument importState(String json) {
		return StateDocument.of(send("PUT", "/__admin/state", "", json, TIMEOUT));
	}

	/** The journalled requests that match, newest first. */
	public List<JournalEntry> requests(RequestPattern pattern) {
		return journal(pattern, null).requests();
	}

	/** The journal's answer: how many match, and the newest {@code limit} of them. */
	public JournalPage journal(RequestPattern pattern, Integer limit) {
		return JournalPage.of(send("GET", "/__admin/requests", pattern.query(limit), null, TIMEOUT));
	}

	/** Empties the scope's journal; answers how many entries went. */
	public long clearRequests() {
		return deleted(send("DELETE", "/__admin/requests", "", null, TIMEOUT));
	}

	/**
	 * Asserts that exactly {@code count} journalled requests match.
	 * @throws VerificationError naming what matched and the newest requests otherwise
	 */
	public void verify(int count, RequestPattern pattern) {
		JournalPage page = journal(pattern, null);
		if (page.total() != count) {
			throw failure("Expected " + count + " request" + ((count == 1) ? "" : "s") + " " + pattern + ", found "
					+ page.total(), page);
		}
	}

	/** Asserts that at least one journalled request matches. */
	public void verify(RequestPattern pattern) {
		JournalPage page = journal(pattern, null);
		if (page.total() == 0) {
			throw failure("Expected a request " + pattern + ", found none", page);
		}
	}

	public Fault injectFault(FaultSpec fault) {
		return Fault.of(send("POST", "/__admin/faults", "", fault.json(), TIMEOUT));
	}

	/** The scope's faults, oldest first. */
	public List<Fault> faults() {
		return Fields.of(send("GET", "/__admin/faults", "", null, TIMEOUT)).list("faults", Fault::of);
	}

	public Fault fault(long id) {
		return Fault.of(send("GET", "/__admin/faults/" + id, "", null, TIMEOUT));
	}

	public void deleteFault(long id) {
		send("DELETE", "/__admin/faults/" + id, "", null, TIMEOUT);
	}

	/** Deletes the scope's faults; answers how many went. */
	public long clearFaults() {
		return deleted(send("DELETE", "/__admin/faults", "", null, TIMEOUT));
	}

	public ClockState clock() {
		return ClockState.of(send("GET", "/__admin/clock", "", null, TIMEOUT));
	}

	/**
	 * Stops the clock at this instant (whole seconds); every date the API writes follows.
	 */
	public ClockState freezeClock(Instant time) {
		return ClockState.of(send("PUT", "/__admin/clock", "", Json.write(Map.of("time", time.toString())), TIMEOUT));
	}

	/** Moves the clock, frozen or running; negative goes back. */
	public ClockState advanceClock(Duration duration) {
		return ClockState
			.of(send("PUT", "/__admin/clock", "", Json.write(Map.of("advance", duration.toString())), TIMEOUT));
	}

	/** Returns to real time. */
	public ClockState releaseClock() {
		return ClockState.of(send("DELETE", "/__admin/clock", "", null, TIMEOUT));
	}

	/**
	 * Starts a dialogue of this assistant (SID or unique name): every webhook subscribed
	 * to one of its events gets a signed delivery per event.
	 */
	public DialogueResult simulateDialogue(String assistant, DialogueSpec dialogue) {
		return DialogueResult.of(send("POST", "/__admin/Assistants/" + encode(assistant) + "/Dialogues", "",
				dialogue.json(this.accountSid), TRIGGER_TIMEOUT));
	}

	/** Fires more events in an existing dialogue. */
	public DialogueResult continueDialogue(String assistant, String dialogueSid, DialogueSpec dialogue) {
		return DialogueResult
			.of(send("POST", "/__admin/Assistants/" + encode(assistant) + "/Dialogues/" + encode(dialogueSid), "",
					dialogue.json(this.accountSid), TRIGGER_TIMEOUT));
	}

	/** The delivery log, newest first. */
	public List<Delivery> deliveries(DeliveryQuery query) {
		return Fields.of(send("GET", "/__admin/deliveries", query.query(), null, TIMEOUT))
			.list("deliveries", Delivery::of);
	}

	/** One delivery with the request every attempt sends. */
	public Delivery delivery(long id) {
		return Delivery.of(send("GET", "/__admin/deliveries/" + id, "", null, TIMEOUT));
	}

	/**
	 * Waits until at least {@code count} deliveries of the dialogue have finished
	 * (delivered, failed or refused), and answers them, oldest first.
	 * @throws AssertionError naming what was seen when the time runs out
	 */
	public List<Delivery> awaitDeliveries(String dialogueSid, int count, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		DeliveryQuery query = DeliveryQuery.ofDialogue(dialogueSid).limit(1000);
		while (true) {
			List<Delivery> all = deliveries(query);
			List<Delivery> settled = all.stream().filter(Delivery::isSettled).toList();
			if (settled.size() >= count) {
				return settled.stream().sorted((a, b) -> Long.compare(a.id(), b.id())).toList();
			}
			if (System.nanoTime() >= deadline) {
				throw new AssertionError("Expected " + count + " finished deliveries of dialogue " + dialogueSid
						+ " within " + timeout + ", found " + settled.size() + " finished of " + all.size() + ": "
						+ all.stream()
							.map((delivery) -> delivery.event() + " -> " + delivery.url() + " " + delivery.state())
							.collect(Collectors.joining(", ")));
			}
			pause();
		}
	}

	private VerificationError failure(String summary, JournalPage page) {
		List<JournalEntry> newest = journal(RequestPattern.anyRequest(), 10).requests();
		String shown = newest.isEmpty() ? " The journal is empty."
				: " The journal's newest requests:\n" + newest.stream()
					.map((entry) -> "  " + entry.method() + " " + entry.path() + " -> "
							+ ((entry.status() != null) ? entry.status() : entry.network()))
					.collect(Collectors.joining("\n"));
		return new VerificationError(summary + "." + shown, page.requests());
	}

	private Object send(String method, String path, String query, String json, Duration timeout) {
		String scoped = (this.accountSid != null) ? join(query, "account_sid=" + encode(this.accountSid)) : query;
		URI uri = URI.create(this.baseUrl + path + (scoped.isEmpty() ? "" : "?" + scoped));
		HttpRequest.Builder request = HttpRequest.newBuilder(uri)
			.timeout(timeout)
			.header("Accept", "application/json")
			.method(method,
					(json != null) ? HttpRequest.BodyPublishers.ofString(json) : HttpRequest.BodyPublishers.noBody());
		if (json != null) {
			request.header("Content-Type", "application/json");
		}
		if (this.authorization != null) {
			request.header("Authorization", this.authorization);
		}
		HttpResponse<String> response;
		try {
			response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new AutopilotMockException(method + " " + uri + " got no answer: " + ex, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AutopilotMockException(method + " " + uri + " was interrupted", ex);
		}
		return answer(response);
	}

	private static Object answer(HttpResponse<String> response) {
		String body = response.body();
		Object json;
		try {
			json = body.isBlank() ? Map.of() : Json.parse(body);
		}
		catch (IllegalArgumentException ex) {
			throw new AutopilotMockException(response.statusCode(), null, "not a JSON answer: " + body, null);
		}
		if (response.statusCode() >= 400) {
			Fields error = (json instanceof Map) ? Fields.of(json) : Fields.of(Map.of());
			throw new AutopilotMockException(response.statusCode(), error.integer("code"),
					(error.string("message") != null) ? error.string("message") : body, error.string("more_info"));
		}
		return json;
	}

	private static long deleted(Object json) {
		return Fields.of(json).count("deleted");
	}

	private static String join(String query, String more) {
		return query.isEmpty() ? more : query + "&" + more;
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

	private static void pause() {
		try {
			Thread.sleep(POLL.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AutopilotMockException("Interrupted while waiting for deliveries", ex);
		}
	}

}
