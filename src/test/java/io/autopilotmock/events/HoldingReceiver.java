package io.autopilotmock.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The webhook receiver of the process tests, on a free local port: it records the
 * {@code I-Twilio-Idempotency-Token} of every request it gets, in order, and either
 * answers {@code 200} at once or, while held, keeps each request unanswered until
 * released: a delivery in flight to a receiver that has not answered yet.
 */
final class HoldingReceiver implements AutoCloseable {

	static final String TOKEN_HEADER = "I-Twilio-Idempotency-Token";

	/**
	 * More than the emulator's workers of any test: a held request never blocks another.
	 */
	private static final int THREADS = 64;

	private final HttpServer server;

	private final ExecutorService executor = Executors.newFixedThreadPool(THREADS);

	private final List<String> tokens = new CopyOnWriteArrayList<>();

	private final List<Arrival> arrivals = new CopyOnWriteArrayList<>();

	/** A request's path and the dialogue and event it carried, form or query alike. */
	record Arrival(String path, String dialogue, String event) {

	}

	private volatile CountDownLatch held = new CountDownLatch(0);

	private HoldingReceiver(HttpServer server) {
		this.server = server;
		server.setExecutor(this.executor);
		server.createContext("/", this::handle);
		server.start();
	}

	static HoldingReceiver start() throws IOException {
		return new HoldingReceiver(HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 100));
	}

	String url(String path) {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + path;
	}

	/** From now on requests wait unanswered, until {@link #release()}. */
	void hold() {
		this.held = new CountDownLatch(1);
	}

	/** Answers the held requests, and every later one at once. */
	void release() {
		this.held.countDown();
	}

	/** The token of every request received so far, in the order they came. */
	List<String> tokens() {
		return List.copyOf(this.tokens);
	}

	int count() {
		return this.tokens.size();
	}

	/** Waits until at least {@code count} requests have come. */
	void awaitCount(int count, Duration timeout) throws InterruptedException {
		await(() -> this.tokens.size() >= count, timeout);
	}

	/**
	 * Waits until every one of {@code expected} has come, among the requests from number
	 * {@code from} (0-based) on.
	 */
	void awaitTokens(Collection<String> expected, int from, Duration timeout) throws InterruptedException {
		await(() -> distinctFrom(from).containsAll(expected), timeout);
	}

	/** The tokens received from request number {@code from} on, each once. */
	Set<String> distinctFrom(int from) {
		List<String> all = tokens();
		return new HashSet<>(all.subList(from, all.size()));
	}

	private static void await(BooleanSupplier condition, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
	}

	/** Every request received so far, in the order they came. */
	List<Arrival> arrivals() {
		return List.copyOf(this.arrivals);
	}

	private void handle(HttpExchange exchange) throws IOException {
		String form;
		try (InputStream body = exchange.getRequestBody()) {
			form = new String(body.readAllBytes(), StandardCharsets.UTF_8);
		}
		String query = exchange.getRequestURI().getRawQuery();
		Map<String, String> parameters = decode((query != null && form.isEmpty()) ? query : form);
		this.arrivals.add(new Arrival(exchange.getRequestURI().getRawPath(), parameters.getOrDefault("DialogueSid", ""),
				parameters.getOrDefault("Event", "")));
		String token = exchange.getRequestHeaders().getFirst(TOKEN_HEADER);
		this.tokens.add((token != null) ? token : "(none)");
		try {
			// Bounded: a test that never releases still ends.
			this.held.await(2, TimeUnit.MINUTES);
			byte[] ok = "ok".getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(200, ok.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(ok);
			}
		}
		catch (InterruptedException | IOException ex) {
			// Closing, or the sender is gone (killed while it waited): nothing to answer.
		}
		finally {
			exchange.close();
		}
	}

	private static Map<String, String> decode(String form) {
		Map<String, String> parameters = new HashMap<>();
		for (String pair : form.split("&")) {
			int equals = pair.indexOf('=');
			if (equals > 0) {
				parameters.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
						URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
			}
		}
		return parameters;
	}

	@Override
	public void close() {
		release();
		this.server.stop(0);
		this.executor.shutdownNow();
	}

}
