package io.autopilotmock.client;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The body of a simulated dialogue's trigger: Autopilot's events in order, the parameters
 * every delivery carries, and chaos. Immutable.
 *
 * <pre>
 * admin.simulateDialogue(assistant, DialogueSpec.events("onDialogueStart", "onDialogueEnd")
 * 	.parameter("Channel", "sms")
 * 	.waitForDeliveries());
 * </pre>
 */
public final class DialogueSpec {

	private final Map<String, Object> fields;

	private DialogueSpec(Map<String, Object> fields) {
		this.fields = fields;
	}

	/** Autopilot's event names, in the order they happen; {@link Events} lists them. */
	public static DialogueSpec events(String... events) {
		return new DialogueSpec(Map.of()).with("events", List.of(events));
	}

	/** A parameter every delivery carries after Autopilot's own five. */
	@SuppressWarnings("unchecked")
	public DialogueSpec parameter(String name, String value) {
		Map<String, String> parameters = new LinkedHashMap<>(
				(Map<String, String>) this.fields.getOrDefault("parameters", Map.of()));
		parameters.put(name, value);
		return with("parameters", parameters);
	}

	/** The trigger answers once its deliveries have finished. */
	public DialogueSpec waitForDeliveries() {
		return with("wait", true);
	}

	/** Sends each delivery twice, with the same idempotency token. */
	public DialogueSpec duplicate() {
		return with("duplicate", true);
	}

	/** Fires the events in a random order. */
	public DialogueSpec shuffle() {
		return with("shuffle", true);
	}

	/** Holds the deliveries back this long (0–60000 ms). */
	public DialogueSpec delayMs(long delayMs) {
		return with("delay_ms", delayMs);
	}

	/**
	 * {@code true}: a webhook's deliveries go all at once, in any order; {@code false}
	 * (the emulator's default): one at a time, in event order.
	 */
	public DialogueSpec concurrent(boolean concurrent) {
		return with("concurrent", concurrent);
	}

	String json(String accountSid) {
		Map<String, Object> fields = new LinkedHashMap<>(this.fields);
		if (accountSid != null) {
			fields.put("account_sid", accountSid);
		}
		return Json.write(fields);
	}

	List<String> eventNames() {
		@SuppressWarnings("unchecked")
		List<String> events = (List<String>) this.fields.get("events");
		return new ArrayList<>(events);
	}

	private DialogueSpec with(String name, Object value) {
		Map<String, Object> fields = new LinkedHashMap<>(this.fields);
		fields.put(name, value);
		return new DialogueSpec(fields);
	}

}
