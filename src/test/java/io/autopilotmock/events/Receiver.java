package io.autopilotmock.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.jspecify.annotations.Nullable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A webhook receiver on a free local port that records every request and answers as a
 * test tells it per path: a status (or several in turn), after a delay.
 */
final class Receiver implements AutoCloseable {

	private final HttpServer server;

	private final ExecutorService executor = Executors.newCachedThreadPool();

	private final List<Received> received = new CopyOnWriteArrayList<>();

	private final Map<String, Deque<Answer>> answers = new ConcurrentHashMap<>();

	/** How paths without answers of their own are answered: {@code 200} at once. */
	private volatile Supplier<Answer> otherwise = () -> new Answer(200, 0, "ok");

	/** A request as the receiver saw it. */
	record Received(String method, String path, @Nullable String rawQuery, Map<String, String> headers, String body,
			long nanoTime) {

		/** The URL the receiver was called at, as a validator reconstructs it. */
		String url(int port) {
			return "http://127.0.0.1:" + port + this.path + ((this.rawQuery != null) ? "?" + this.rawQuery : "");
		}

		String header(String name) {
			return this.headers.get(name);
		}

		Map<String, String> form() {
			return decode(this.body);
		}

		Map<String, String> query() {
			return decode((this.rawQuery != null) ? this.rawQuery : "");
		}

		private static Map<String, String> decode(String form) {
			Map<String, String> parameters = new LinkedHashMap<>();
			if (form.isEmpty()) {
				return parameters;
			}
			for (String pair : form.split("&")) {
				int equals = pair.indexOf('=');
				parameters.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
						URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
			}
			return parameters;
		}

	}

	private record Answer(int status, long delayMs, String body) {

	}

	private Receiver(HttpServer server) {
		this.server = server;
		server.setExecutor(this.executor);
		server.createContext("/", this::handle);
		server.start();
	}

	static Receiver start() {
		try {
			return new Receiver(HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	int port() {
		return this.server.getAddress().getPort();
	}

	/** A loopback URL on a port that nothing listens on: every connect is refused. */
	static String refusingUrl(String path) throws IOException {
		try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return "http://127.0.0.1:" + closed.getLocalPort() + path;
		}
	}

	String url(String path) {
		return "http://127.0.0.1:" + port() + path;
	}

	/** Answers the path with these statuses in turn, the last one from then on. */
	Receiver answer(String path, long delayMs, int... statuses) {
		Deque<Answer> queue = new ArrayDeque<>();
		for (int status : statuses) {
			queue.add(new Answer(status, delayMs, "answer " + status));
		}
		this.answers.put(path, queue);
		return this;
	}

	/**
	 * Answers every path without answers of its own after a random delay of up to
	 * {@code maxDelayMs}, with {@code 503} once in {@code failOneIn} and {@code 200}
	 * otherwise, from a seeded random source.
	 */
	Receiver answerRandomly(long maxDelayMs, int failOneIn, long seed) {
		Random random = new Random(seed);
		this.otherwise = () -> {
			synchronized (random) {
				long delay = random.nextLong(maxDelayMs + 1);
				return (random.nextInt(failOneIn) == 0) ? new Answer(503, delay, "unlucky")
						: new Answer(200, delay, "ok");
			}
		};
		return this;
	}

	Receiver answerBody(String path, int status, String body) {
		Deque<Answer> queue = new ArrayDeque<>();
		queue.add(new Answer(status, 0, body));
		this.answers.put(path, queue);
		return this;
	}

	List<Received> received(String path) {
		return this.received.stream().filter((request) -> request.path().equals(path)).toList();
	}

	List<Received> received() {
		return List.copyOf(this.received);
	}

	/** Waits until the path has had {@code count} requests, and returns them. */
	List<Received> await(String path, int count, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (received(path).size() < count && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
		List<Received> got = received(path);
		assertThat(got).as("requests to " + path).hasSizeGreaterThanOrEqualTo(count);
		return got;
	}

	private void handle(HttpExchange exchange) throws IOException {
		long now = System.nanoTime();
		byte[] body;
		try (InputStream in = exchange.getRequestBody()) {
			body = in.readAllBytes();
		}
		Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, values.get(0)));
		String path = exchange.getRequestURI().getRawPath();
		this.received.add(new Received(exchange.getRequestMethod(), path, exchange.getRequestURI().getRawQuery(),
				headers, new String(body, StandardCharsets.UTF_8), now));
		Answer answer = next(path);
		try {
			if (answer.delayMs() > 0) {
				Thread.sleep(answer.delayMs());
			}
			byte[] text = answer.body().getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(answer.status(), text.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(text);
			}
		}
		catch (InterruptedException | IOException ex) {
			// the emulator gave up waiting
		}
		finally {
			exchange.close();
		}
	}

	private Answer next(String path) {
		Deque<Answer> queue = this.answers.get(path);
		if (queue == null) {
			return this.otherwise.get();
		}
		synchronized (queue) {
			return (queue.size() > 1) ? queue.poll() : new ArrayList<>(queue).get(0);
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
		this.executor.shutdownNow();
	}

}
