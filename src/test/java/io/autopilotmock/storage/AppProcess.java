package io.autopilotmock.storage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The packaged jar as a real process, as users run it: started on a free port, spoken to
 * over HTTP, and stopped gently or killed with SIGKILL.
 */
public final class AppProcess implements AutoCloseable {

	private static final Path JAR = Path.of("target", "autopilot-mock.jar");

	private static final Pattern STARTED = Pattern.compile("Tomcat started on port (\\d+)");

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final Process process;

	private final List<String> output = new ArrayList<>();

	private final CompletableFuture<Integer> port = new CompletableFuture<>();

	private AppProcess(Process process) {
		this.process = process;
		Thread reader = new Thread(this::readOutput, "app-output-" + process.pid());
		reader.setDaemon(true);
		reader.start();
	}

	/**
	 * Starts the jar with these environment variables (the profile and its settings) and
	 * waits until it listens.
	 */
	public static AppProcess start(Map<String, String> environment) throws Exception {
		return start(environment, "256m");
	}

	/** As {@link #start(Map)}, with this maximum heap ({@code -Xmx}). */
	public static AppProcess start(Map<String, String> environment, String maxHeap) throws Exception {
		AppProcess app = launch(environment, maxHeap);
		try {
			// A generous bound: on a shared two-core CI machine a start can take a
			// minute.
			app.port.get(180, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			app.kill();
			throw new IllegalStateException("The app did not start:\n" + app.output(), ex);
		}
		return app;
	}

	/** Starts the jar without waiting for it, for tests of failed start-ups. */
	static AppProcess launch(Map<String, String> environment) throws IOException {
		return launch(environment, "256m");
	}

	private static AppProcess launch(Map<String, String> environment, String maxHeap) throws IOException {
		if (!Files.isRegularFile(JAR)) {
			throw new IllegalStateException(JAR + " is missing: run the integration tests with ./mvnw verify");
		}
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		// Spring AOT's generated beans, as the image runs the jar; the other tests
		// run without them.
		ProcessBuilder builder = new ProcessBuilder(java, "-Xmx" + maxHeap, "-Dspring.aot.enabled=true", "-jar",
				JAR.toString(), "--server.port=0")
			.redirectErrorStream(true);
		builder.environment().putAll(environment);
		return new AppProcess(builder.start());
	}

	private void readOutput() {
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(this.process.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				synchronized (this.output) {
					this.output.add(line);
				}
				Matcher started = STARTED.matcher(line);
				if (started.find()) {
					this.port.complete(Integer.parseInt(started.group(1)));
				}
			}
		}
		catch (IOException ex) {
			// The process is gone; what it said is kept.
		}
		this.port.completeExceptionally(new IllegalStateException("The app exited before it listened"));
	}

	public long pid() {
		return this.process.pid();
	}

	public String output() {
		synchronized (this.output) {
			return String.join("\n", this.output);
		}
	}

	int waitForExit(Duration timeout) throws InterruptedException {
		if (!this.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
			throw new IllegalStateException("Still running after " + timeout);
		}
		return this.process.exitValue();
	}

	public String baseUrl() {
		return "http://127.0.0.1:" + this.port.join();
	}

	public HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(URI.create(url(path))).GET());
	}

	public HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
		String body = form.entrySet()
			.stream()
			.map((entry) -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(url(path)))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/** POSTs a JSON document, as the control surface under {@code /__admin} takes it. */
	public HttpResponse<String> postJson(String path, String json) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(URI.create(url(path)))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	HttpResponse<String> delete(String path) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(URI.create(url(path))).DELETE());
	}

	private String url(String path) {
		return path.startsWith("http") ? path : baseUrl() + path;
	}

	private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/** SIGKILL: no shutdown hook, no flush, no goodbye. */
	public void kill() throws InterruptedException {
		this.process.destroyForcibly();
		this.process.waitFor(30, TimeUnit.SECONDS);
	}

	@Override
	public void close() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
			kill();
		}
	}

}
