package io.autopilotmock.image;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The {@code docker} command line, as users type it: every call bounded by a timeout.
 */
final class Docker {

	/** The tag the README builds and runs. */
	static final String IMAGE = "autopilot-mock";

	private Docker() {
	}

	record Result(int exit, String out, String err) {

		boolean ok() {
			return this.exit == 0;
		}

	}

	/** {@code docker ARGS…}, which must succeed; its standard output, trimmed. */
	static String docker(String... args) {
		List<String> command = new ArrayList<>(List.of("docker"));
		command.addAll(List.of(args));
		Result result = run(Duration.ofMinutes(2), command);
		if (!result.ok()) {
			throw new IllegalStateException(
					String.join(" ", command) + " failed (" + result.exit() + "): " + result.err() + result.out());
		}
		return result.out().trim();
	}

	/** A shell command line, as the README gives it. */
	static Result bash(Duration timeout, String line) {
		return run(timeout, List.of("bash", "-c", line));
	}

	static Result run(Duration timeout, List<String> command) {
		try {
			Process process = new ProcessBuilder(command).start();
			process.getOutputStream().close();
			CompletableFuture<String> out = read(process.getInputStream());
			CompletableFuture<String> err = read(process.getErrorStream());
			if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				process.destroyForcibly();
				return new Result(-1, out.getNow(""), "timed out after " + timeout);
			}
			return new Result(process.exitValue(), out.join(), err.join());
		}
		catch (IOException ex) {
			return new Result(-1, "", ex.getMessage());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static CompletableFuture<String> read(InputStream stream) {
		return CompletableFuture.supplyAsync(() -> {
			try (stream) {
				return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

}
