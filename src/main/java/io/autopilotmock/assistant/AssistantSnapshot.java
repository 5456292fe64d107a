package io.autopilotmock.assistant;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * An assistant as a state document gives it, to be restored as it was: its SID, names and
 * both dates.
 */
public record AssistantSnapshot(String sid, @Nullable String friendlyName, @Nullable String uniqueName,
		Instant dateCreated, Instant dateUpdated) {

}
