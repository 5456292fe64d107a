package io.autopilotmock.assistant;

/**
 * What a child resource needs of its stored assistant: the row it hangs from, and the SID
 * its JSON names.
 */
public record AssistantKey(long id, String sid) {

	static AssistantKey of(Assistant assistant) {
		return new AssistantKey(assistant.id(), assistant.sid());
	}

}
