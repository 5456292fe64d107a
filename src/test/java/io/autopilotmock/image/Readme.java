package io.autopilotmock.image;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The README's code blocks, read as a user copies them.
 */
final class Readme {

	private static final Path README = Path.of("README.md");

	private Readme() {
	}

	static String text() {
		try {
			return Files.readString(README);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Every command in a fenced block that starts with this text, with its continuation
	 * lines (those after a trailing backslash) and without a trailing comment.
	 */
	static List<String> commands(String start) {
		List<String> commands = new ArrayList<>();
		boolean fenced = false;
		StringBuilder command = null;
		for (String line : text().lines().toList()) {
			if (line.startsWith("```")) {
				fenced = !fenced;
				continue;
			}
			if (!fenced) {
				continue;
			}
			if (command == null && line.startsWith(start)) {
				command = new StringBuilder();
			}
			if (command != null) {
				command.append(line).append('\n');
				if (!line.endsWith("\\")) {
					commands.add(command.toString().replaceAll("\\s+#[^\\n]*\\n$", "\n").strip());
					command = null;
				}
			}
		}
		return commands;
	}

	/**
	 * The lines of the block that follows this exact opening fence, e.g. {@code ```yaml}.
	 */
	static String block(String fence) {
		List<String> lines = text().lines().toList();
		int start = lines.indexOf(fence);
		if (start < 0) {
			throw new IllegalStateException("No " + fence + " block in " + README);
		}
		int end = lines.subList(start + 1, lines.size()).indexOf("```") + start + 1;
		return String.join("\n", lines.subList(start + 1, end)) + "\n";
	}

}
