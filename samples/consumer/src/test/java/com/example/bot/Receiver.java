package com.example.bot;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;
import com.twilio.security.RequestValidator;

/**
 * The bot's webhook receiver, on this machine: checks each delivery's signature with
 * twilio-java's RequestValidator, as production code does, and keeps the valid ones. It
 * listens on every interface so that an emulator in a container reaches it too.
 */
class Receiver implements AutoCloseable {

	private final HttpServer server;

	private final List<Map<String, String>> valid = new CopyOnWriteArrayList<>();

	private final List<String> invalid = new CopyOnWriteArrayList<>();

	Receiver(String authToken) throws IOException {
		RequestValidator validator = new RequestValidator(authToken);
		this.server = HttpServer.create(new InetSocketAddress(0), 0);
		this.server.createContext("/", (exchange) -> {
			Map<String, String> form;
			try (InputStream body = exchange.getRequestBody()) {
				form = form(new String(body.readAllBytes(), StandardCharsets.UTF_8));
			}
			// The URL the emulator requested, as it signed it.
			String url = "http://" + exchange.getRequestHeaders().getFirst("Host") + exchange.getRequestURI();
			String signature = exchange.getRequestHeaders().getFirst("X-Twilio-Signature");
			boolean ok = validator.validate(url, form, signature);
			if (ok) {
				this.valid.add(form);
			}
			else {
				this.invalid.add(url);
			}
			exchange.sendResponseHeaders(ok ? 204 : 403, -1);
			exchange.close();
		});
		this.server.start();
	}

	int port() {
		return this.server.getAddress().getPort();
	}

	List<Map<String, String>> valid() {
		return this.valid;
	}

	List<String> invalid() {
		return this.invalid;
	}

	private static Map<String, String> form(String body) {
		Map<String, String> form = new LinkedHashMap<>();
		for (String pair : body.split("&")) {
			if (!pair.isEmpty()) {
				int equals = pair.indexOf('=');
				form.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
						URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
			}
		}
		return form;
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
