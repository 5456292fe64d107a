package io.autopilotmock.image;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The code blocks of the README and of its pages in {@code docs/}, read as a user copies
 * them: the README first, then the pages by name.
 */
final class Readme {

	private static final Path README = Path.of("README.md");

	private static final Path DOCS = Path.of("docs");

	private Readme() {
	}

	static String text() {
		try (Stream<Path> pages = Files.list(DOCS)) {
			StringBuilder text = new StringBuilder(Files.readString(README));
			for (Path page : pages.filter((path) -> path.toString().endsWith(".md")).sorted().toList()) {
				text.append('\n').append(Files.readString(page));
			}
			return text.toString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** One page's text, e.g. {@code docs/test-kit.md}. */
	static String page(String path) {
		try {
			return Files.readString(Path.of(path));
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
		return block(text(), fence, null);
	}

	/**
	 * The lines of every block that opens with this fence in this text, in order.
	 */
	static List<String> blocks(String text, String fence) {
		List<String> blocks = new ArrayList<>();
		List<String> lines = text.lines().toList();
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).equals(fence)) {
				int end = lines.subList(i + 1, lines.size()).indexOf("```") + i + 1;
				blocks.add(String.join("\n", lines.subList(i + 1, end)) + "\n");
				i = end;
			}
		}
		return blocks;
	}

	/**
	 * The lines of the first block with this fence after the line {@code after} (a
	 * heading), or after the start when {@code null}.
	 */
	static String block(String text, String fence, String after) {
		List<String> lines = text.lines().toList();
		int from = (after != null) ? lines.indexOf(after) : 0;
		if (from < 0) {
			throw new IllegalStateException("No line " + after + " in the README or docs/");
		}
		int start = lines.subList(from, lines.size()).indexOf(fence) + from;
		if (start < from) {
			throw new IllegalStateException("No " + fence + " block after " + after + " in the README or docs/");
		}
		int end = lines.subList(start + 1, lines.size()).indexOf("```") + start + 1;
		return String.join("\n", lines.subList(start + 1, end)) + "\n";
	}

}
