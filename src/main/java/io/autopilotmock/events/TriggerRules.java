package io.autopilotmock.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import io.autopilotmock.twilio.AutopilotMockProperties;
import io.autopilotmock.twilio.TwilioErrors;
import io.autopilotmock.webhook.WebhookSubscriptions;

import org.springframework.stereotype.Component;

/**
 * Checks a trigger: its events by the API's rule for {@code Events}, its parameters
 * (strings, none of the five the emulator sets), its delay, and, once its webhooks are
 * known, that it stays within the deliveries a trigger may create. Where each delivery
 * may go is the {@link Destinations}' to say, delivery by delivery.
 */
@Component
class TriggerRules {

	static final int MAX_EVENTS = 100;

	static final int MAX_PARAMETERS = 50;

	static final int MAX_PARAMETER_NAME = 256;

	static final int MAX_PARAMETERS_LENGTH = 65_536;

	static final long MAX_DELAY_MS = 60_000;

	static final Set<String> RESERVED = Set.of("AccountSid", "AssistantSid", "DialogueSid", "Event",
			"DialoguePayloadUrl");

	private final WebhookSubscriptions subscriptions;

	private final int maxDeliveries;

	TriggerRules(WebhookSubscriptions subscriptions, AutopilotMockProperties properties) {
		this.subscriptions = subscriptions;
		this.maxDeliveries = properties.events().maxDeliveriesPerTrigger();
	}

	/** A trigger's values, checked. */
	record Checked(List<String> events, Map<String, String> parameters, boolean awaited, boolean duplicate,
			boolean shuffle, boolean concurrent, long delayMs) {

	}

	Checked check(DialogueTrigger trigger) {
		List<String> events = trigger.events();
		if (events == null || events.isEmpty()) {
			throw TwilioErrors.invalidParameter("Missing required parameter events: a list of event names");
		}
		if (events.size() > MAX_EVENTS) {
			throw TwilioErrors.invalidParameter("events may hold at most " + MAX_EVENTS + " names");
		}
		List<String> checked = new ArrayList<>();
		for (String event : events) {
			if (event == null) {
				throw TwilioErrors.invalidParameter("events contains null");
			}
			checked.add(this.subscriptions.checkedEvent(event));
		}
		long delay = (trigger.delayMs() != null) ? trigger.delayMs() : 0;
		if (delay < 0 || delay > MAX_DELAY_MS) {
			throw TwilioErrors.invalidParameter("delay_ms must be 0 to " + MAX_DELAY_MS + ", was " + delay);
		}
		return new Checked(List.copyOf(checked), parameters(trigger.parameters()),
				Boolean.TRUE.equals(trigger.awaited()), Boolean.TRUE.equals(trigger.duplicate()),
				Boolean.TRUE.equals(trigger.shuffle()), Boolean.TRUE.equals(trigger.concurrent()), delay);
	}

	/**
	 * Refuses a trigger that would create more deliveries than the setting allows:
	 * nothing of it is recorded.
	 */
	void checkCount(int deliveries) {
		if (deliveries > this.maxDeliveries) {
			throw TwilioErrors.invalidParameter("The trigger would create " + deliveries
					+ " deliveries (its events times the webhooks subscribed to each), more than "
					+ "autopilot-mock.events.max-deliveries-per-trigger allows: " + this.maxDeliveries);
		}
	}

	private static Map<String, String> parameters(@Nullable Map<String, Object> given) {
		if (given == null) {
			return Map.of();
		}
		if (given.size() > MAX_PARAMETERS) {
			throw TwilioErrors.invalidParameter("parameters may hold at most " + MAX_PARAMETERS + " entries");
		}
		Map<String, String> parameters = new LinkedHashMap<>();
		long length = 0;
		for (Map.Entry<String, Object> entry : given.entrySet()) {
			String name = entry.getKey();
			if (name.isEmpty() || name.length() > MAX_PARAMETER_NAME
					|| name.chars().anyMatch(Character::isISOControl)) {
				throw TwilioErrors.invalidParameter("parameters names must be 1 to " + MAX_PARAMETER_NAME
						+ " characters, without control characters");
			}
			if (RESERVED.contains(name)) {
				throw TwilioErrors.invalidParameter("parameters." + name + " is set by the emulator: leave it out");
			}
			if (!(entry.getValue() instanceof String value)) {
				throw TwilioErrors.invalidParameter("parameters." + name + " must be a string");
			}
			if (value.indexOf('\u0000') >= 0) {
				throw TwilioErrors.invalidParameter("parameters." + name + " must not contain NUL");
			}
			length += name.length() + value.length();
			parameters.put(name, value);
		}
		if (length > MAX_PARAMETERS_LENGTH) {
			throw TwilioErrors
				.invalidParameter("parameters may hold at most " + MAX_PARAMETERS_LENGTH + " characters in all");
		}
		return parameters;
	}

}
