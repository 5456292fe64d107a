package io.autopilotmock.junit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The emulator's jar as a child process of the test JVM, on a port the system picks: for
 * machines without Docker. Started with the image's JVM flags (C1 only, Serial GC, the
 * bean definitions Spring AOT generated); ready when it logs its addresses, which give
 * the port; destroyed when closed or, at the latest, when the JVM exits.
 */
final class ProcessEmulator extends Emulator {

	private static final Pattern READY = Pattern.compile("autopilot-mock is ready: API (http://[^\\s/]+)/v1");

	private static final long START_TIMEOUT_SECONDS = 120;

	/** The last lines of its output, for the message when it does not start. */
	private static final int KEPT_LINES = 100;

	private final Process process;

	private final Thread shutdownHook;

	private ProcessEmulator(Process process, String baseUrl, String adminToken) {
		super(baseUrl, adminToken);
		this.process = process;
		this.shutdownHook = new Thread(process::destroyForcibly, "autopilot-mock-stop");
		Runtime.getRuntime().addShutdownHook(this.shutdownHook);
	}

	static ProcessEmulator start(Path jar, Settings settings) {
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException("No emulator jar at " + jar
					+ ": name it with -Dautopilotmock.jar=… (or AUTOPILOT_MOCK_JAR), or install it "
					+ "(./mvnw install in the emulator's checkout)");
		}
		List<String> command = new ArrayList<>(List.of(java(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
				"-Dspring.aot.enabled=true", "-jar", jar.toString(), "--server.port=0", "--server.address=127.0.0.1",
				"--spring.main.banner-mode=off"));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().putAll(settings.environment());
		Process process;
		try {
			process = builder.start();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot start " + String.join(" ", command), ex);
		}
		Deque<String> lines = new ArrayDeque<>();
		CompletableFuture<String> ready = new CompletableFuture<>();
		Thread reader = new Thread(() -> read(process, lines, ready), "autopilot-mock-output");
		reader.setDaemon(true);
		reader.start();
		try {
			return new ProcessEmulator(process, ready.get(START_TIMEOUT_SECONDS, TimeUnit.SECONDS),
					settings.adminToken());
		}
		catch (ExecutionException | TimeoutException ex) {
			process.destroyForcibly();
			throw new IllegalStateException("The emulator did not start within " + START_TIMEOUT_SECONDS + " s: "
					+ String.join(" ", command) + "\n" + last(lines), ex);
		}
		catch (InterruptedException ex) {
			process.destroyForcibly();
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while the emulator started", ex);
		}
	}

	/**
	 * Echoes nothing: keeps the last lines and completes once the addresses are logged.
	 */
	private static void read(Process process, Deque<String> lines, CompletableFuture<String> ready) {
		try (BufferedReader output = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = output.readLine()) != null) {
				synchronized (lines) {
					lines.addLast(line);
					if (lines.size() > KEPT_LINES) {
						lines.removeFirst();
					}
				}
				Matcher matcher = READY.matcher(line);
				if (!ready.isDone() && matcher.find()) {
					ready.complete(matcher.group(1).replace("localhost", "127.0.0.1"));
				}
			}
		}
		catch (IOException ex) {
			// the process is gone: answered below
		}
		ready.completeExceptionally(new IllegalStateException("the emulator exited with " + exitValue(process)));
	}

	private static String exitValue(Process process) {
		try {
			return Integer.toString(process.waitFor());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return "an unknown code";
		}
	}

	private static String last(Deque<String> lines) {
		synchronized (lines) {
			return String.join("\n", lines);
		}
	}

	private static String java() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	@Override
	public String hostUrl(int port, String path) {
		return "http://127.0.0.1:" + port + (path.startsWith("/") ? path : "/" + path);
	}

	@Override
	public String mode() {
		return "process";
	}

	@Override
	public void close() {
		this.process.destroy();
		try {
			if (!this.process.waitFor(10, TimeUnit.SECONDS)) {
				this.process.destroyForcibly();
			}
		}
		catch (InterruptedException ex) {
			this.process.destroyForcibly();
			Thread.currentThread().interrupt();
		}
		try {
			Runtime.getRuntime().removeShutdownHook(this.shutdownHook);
		}
		catch (IllegalStateException ex) {
			// the JVM is already shutting down: the hook runs anyway
		}
	}

}
