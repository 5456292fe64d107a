package io.autopilotmock.inspector;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A local webhook receiver on a free port: records every request it gets and answers
 * {@code 200 thanks}.
 */
final class Receiver implements AutoCloseable {

	record Received(String method, String path, String signature, String body) {
	}

	static final String ANSWER = "thanks";

	private final HttpServer server;

	private final List<Received> received = new CopyOnWriteArrayList<>();

	private Receiver(HttpServer server) {
		this.server = server;
	}

	static Receiver start() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
			Receiver receiver = new Receiver(server);
			server.createContext("/", receiver::handle);
			server.start();
			return receiver;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	String url(String path) {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + path;
	}

	List<Received> received() {
		return List.copyOf(this.received);
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (InputStream body = exchange.getRequestBody()) {
			this.received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
					exchange.getRequestHeaders().getFirst("X-Twilio-Signature"),
					new String(body.readAllBytes(), StandardCharsets.UTF_8)));
		}
		byte[] answer = ANSWER.getBytes(StandardCharsets.UTF_8);
		exchange.sendResponseHeaders(200, answer.length);
		exchange.getResponseBody().write(answer);
		exchange.close();
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
