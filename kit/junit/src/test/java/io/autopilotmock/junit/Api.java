package io.autopilotmock.junit;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * The code under test, in miniature: creates a webhook over the API.
 */
final class Api {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private Api() {
	}

	static HttpResponse<String> createWebhook(String baseUrl, String assistant, String name, String events, String url)
			throws IOException, InterruptedException {
		String form = "UniqueName=" + encode(name) + "&Events=" + encode(events) + "&WebhookUrl=" + encode(url);
		return HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + "/v1/Assistants/" + assistant + "/Webhooks"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
