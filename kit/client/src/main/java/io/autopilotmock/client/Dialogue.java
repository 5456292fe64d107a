package io.autopilotmock.client;

import java.util.List;
import java.util.Map;

/**
 * A simulated dialogue: what {@code GET /v1/Assistants/{AssistantSid}/Dialogues/{Sid}}
 * answers.
 *
 * @param accountSid its account
 * @param assistantSid its assistant
 * @param sid its SID, {@code UK…}
 * @param events the events fired so far, in the order they were fired
 * @param url its URL on the emulator
 */
public record Dialogue(String accountSid, String assistantSid, String sid, List<Event> events, String url) {

	/** One event fired in the dialogue, with its parameters. */
	public record Event(String event, Map<String, String> parameters) {

	}

	static Dialogue of(Object json) {
		Fields fields = Fields.of(json);
		Object data = fields.raw("data");
		List<Event> events = (data != null) ? Fields.of(data)
			.list("events", (item) -> new Event(Fields.of(item).string("event"), Fields.of(item).strings("parameters")))
				: List.of();
		return new Dialogue(fields.string("account_sid"), fields.string("assistant_sid"), fields.string("sid"), events,
				fields.string("url"));
	}

}
