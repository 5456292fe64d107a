package io.autopilotmock.events;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;

import io.autopilotmock.storage.AppProcess;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The calls the process tests make on a running jar: webhooks on the API, triggers and
 * the delivery log on the control surface.
 */
final class ProcessCalls {

	private ProcessCalls() {
	}

	/** Creates a webhook subscribed to both dialogue events and returns its SID. */
	static String createWebhook(AppProcess app, String assistant, String uniqueName, String method, String url)
			throws Exception {
		HttpResponse<String> created = app.post("/v1/Assistants/" + assistant + "/Webhooks", Map.of("UniqueName",
				uniqueName, "Events", "onDialogueStart onDialogueEnd", "WebhookUrl", url, "WebhookMethod", method));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return JsonPath.read(created.body(), "$.sid");
	}

	/**
	 * Simulates a dialogue that fires both events, without waiting, and returns the
	 * idempotency tokens of the deliveries it started, each still pending.
	 */
	static List<String> trigger(AppProcess app, String assistant, long delayMs) throws Exception {
		HttpResponse<String> fired = app.postJson("/__admin/Assistants/" + assistant + "/Dialogues",
				"""
						{"events": ["onDialogueStart", "onDialogueEnd"], "parameters": {"CurrentInput": "hello"}, "delay_ms": %d}
						"""
					.formatted(delayMs));
		assertThat(fired.statusCode()).as(fired.body()).isEqualTo(201);
		List<String> states = JsonPath.read(fired.body(), "$.deliveries[*].state");
		assertThat(states).containsOnly("pending");
		return JsonPath.read(fired.body(), "$.deliveries[*].idempotency_token");
	}

	/** The state of each delivery of a webhook, by idempotency token, from the log. */
	static Map<String, String> states(AppProcess app, String webhookSid) throws Exception {
		HttpResponse<String> log = app.get("/__admin/deliveries?limit=1000&webhook_sid=" + webhookSid);
		assertThat(log.statusCode()).as(log.body()).isEqualTo(200);
		List<String> tokens = JsonPath.read(log.body(), "$.deliveries[*].idempotency_token");
		List<String> states = JsonPath.read(log.body(), "$.deliveries[*].state");
		Map<String, String> byToken = new LinkedHashMap<>();
		for (int i = 0; i < tokens.size(); i++) {
			byToken.put(tokens.get(i), states.get(i));
		}
		return byToken;
	}

	/**
	 * The states of every delivery of these webhooks, once none is pending any more or
	 * the time is up.
	 */
	static Map<String, String> settledStates(AppProcess app, long timeoutMs, String... webhookSids) throws Exception {
		long deadline = System.currentTimeMillis() + timeoutMs;
		while (true) {
			Map<String, String> states = new LinkedHashMap<>();
			for (String sid : webhookSids) {
				states.putAll(states(app, sid));
			}
			if (!states.containsValue("pending") || System.currentTimeMillis() > deadline) {
				return states;
			}
			Thread.sleep(100);
		}
	}

}
