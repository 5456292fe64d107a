package io.autopilotmock.image;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.autopilotmock.image.Docker.docker;

/**
 * One container of the image, started detached with its port 8080 published on a free
 * port of 127.0.0.1, spoken to over HTTP and removed on close.
 */
final class Container implements AutoCloseable {

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String name;

	private final long started;

	private Container(String name, long started) {
		this.name = name;
		this.started = started;
	}

	static String uniqueName(String purpose) {
		return "autopilot-mock-it-" + purpose + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	/** {@code docker run -d} with these options before the image. */
	static Container run(String... options) {
		String name = uniqueName("run");
		List<String> args = new ArrayList<>(List.of("run", "-d", "--name", name, "-p", "127.0.0.1::8080"));
		args.addAll(List.of(options));
		args.add(Docker.IMAGE);
		long started = System.nanoTime();
		docker(args.toArray(String[]::new));
		return new Container(name, started);
	}

	/** A container some other command (a README line) started under this name. */
	static Container named(String name, long started) {
		return new Container(name, started);
	}

	String name() {
		return this.name;
	}

	int port() {
		String mapping = docker("port", this.name, "8080/tcp").lines().findFirst().orElseThrow();
		return Integer.parseInt(mapping.substring(mapping.lastIndexOf(':') + 1));
	}

	String baseUrl() {
		return "http://127.0.0.1:" + port();
	}

	/**
	 * Seconds from {@code docker run} until readiness answers 200; fails after the bound.
	 */
	double awaitFirstAnswer(Duration bound) throws InterruptedException {
		long deadline = this.started + bound.toNanos();
		String url = baseUrl() + "/actuator/health/readiness";
		while (System.nanoTime() < deadline) {
			try {
				if (send(HttpRequest.newBuilder(URI.create(url)).GET()).statusCode() == 200) {
					return (System.nanoTime() - this.started) / 1e9;
				}
			}
			catch (IOException ex) {
				// Not listening yet.
			}
			if (!"running".equals(inspect("{{.State.Status}}"))) {
				throw new IllegalStateException(this.name + " stopped before it answered:\n" + logs());
			}
			Thread.sleep(100);
		}
		throw new IllegalStateException(this.name + " did not answer within " + bound + ":\n" + logs());
	}

	/**
	 * Seconds from {@code docker run} until Docker reports it healthy; fails after the
	 * bound.
	 */
	double awaitHealthy(Duration bound) throws InterruptedException {
		long deadline = this.started + bound.toNanos();
		while (System.nanoTime() < deadline) {
			if ("healthy".equals(inspect("{{.State.Health.Status}}"))) {
				return (System.nanoTime() - this.started) / 1e9;
			}
			Thread.sleep(100);
		}
		throw new IllegalStateException(this.name + " was not healthy within " + bound + ": "
				+ inspect("{{json .State.Health}}") + "\n" + logs());
	}

	String inspect(String format) {
		return docker("inspect", "--format", format, this.name);
	}

	String logs() {
		Docker.Result result = Docker.run(Duration.ofSeconds(30), List.of("docker", "logs", this.name));
		return result.out() + result.err();
	}

	HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).GET());
	}

	HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(URI.create(baseUrl() + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form(form))));
	}

	static String form(Map<String, String> form) {
		return form.entrySet()
			.stream()
			.map((entry) -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
			.collect(Collectors.joining("&"));
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
	}

	/** {@code docker stop}, as a user ends it, then removed with its anonymous volume. */
	@Override
	public void close() {
		Docker.run(Duration.ofSeconds(30), List.of("docker", "stop", this.name));
		Docker.run(Duration.ofSeconds(30), List.of("docker", "rm", "-f", "-v", this.name));
	}

}
