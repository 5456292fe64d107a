package io.autopilotmock.events;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * A delivery's attempts as its row keeps them: one JSON object per attempt, each on a
 * line of its own (JSON escapes a line break within a string). Recording an attempt
 * appends its line in the statement that, for the last attempt, also records the
 * delivery's final state: one write per attempt. Public for the migration that moved the
 * attempts there.
 */
public final class AttemptLog {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Its serializer found once, not on every line a worker writes. */
	private static final ObjectWriter LINE_WRITER = JSON.writerFor(Line.class);

	private AttemptLog() {
	}

	private record Line(String time, @JsonProperty("duration_ms") long durationMs, String outcome,
			@Nullable Integer status, @Nullable String body) {

	}

	/** An attempt's line, its line break included. */
	public static String line(Instant time, long durationMs, String outcome, @Nullable Integer status,
			@Nullable String body) {
		return LINE_WRITER.writeValueAsString(new Line(time.toString(), durationMs, outcome, status, body)) + "\n";
	}

	static String line(Attempt attempt) {
		return line(attempt.time(), attempt.durationMs(), attempt.outcome(), attempt.status(), attempt.body());
	}

	/** The log of these attempts. */
	static String lines(List<Attempt> attempts) {
		StringBuilder log = new StringBuilder();
		attempts.forEach((attempt) -> log.append(line(attempt)));
		return log.toString();
	}

	/** The attempts of a log, in the order they were recorded. */
	static List<Attempt> attempts(String log) {
		List<Attempt> attempts = new ArrayList<>();
		for (String text : log.split("\n")) {
			if (!text.isEmpty()) {
				Line line = JSON.readValue(text, Line.class);
				attempts.add(new Attempt(Instant.parse(line.time()), line.durationMs(), line.outcome(), line.status(),
						line.body()));
			}
		}
		return List.copyOf(attempts);
	}

}
