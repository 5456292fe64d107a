package io.autopilotmock.junit;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;

/**
 * A webhook receiver on 127.0.0.1 that answers 200 and keeps each request's form body.
 */
final class Receiver implements AutoCloseable {

	private final HttpServer server;

	private final List<String> bodies = new CopyOnWriteArrayList<>();

	Receiver() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/", (exchange) -> {
			try (InputStream body = exchange.getRequestBody()) {
				this.bodies.add(new String(body.readAllBytes(), StandardCharsets.UTF_8));
			}
			byte[] ok = "ok".getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(200, ok.length);
			exchange.getResponseBody().write(ok);
			exchange.close();
		});
		this.server.start();
	}

	int port() {
		return this.server.getAddress().getPort();
	}

	List<String> bodies() {
		return this.bodies;
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
