package io.autopilotmock.events;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A delivery as it goes on the wire: the URL requested (the webhook URL without its
 * fragment and user information, and for a GET with the parameters in its query), the
 * form body of a POST, and the headers Twilio sends. User information in the webhook URL
 * becomes HTTP Basic credentials, as Twilio does.
 *
 * @param url the URL requested, which the signature covers
 * @param method {@code GET} or {@code POST}
 * @param body the form body of a POST, else {@code null}
 * @param headers the headers, in the order they are sent
 */
record OutboundRequest(String url, String method, @Nullable String body, Map<String, String> headers) {

	static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";

	/**
	 * The URL a delivery requests, which is what its signature covers.
	 */
	static String requestedUrl(String webhookUrl, String method, Map<String, String> parameters) {
		String base = withoutFragmentAndUserInfo(webhookUrl);
		if (!method.equals("GET") || parameters.isEmpty()) {
			return base;
		}
		char separator = (base.indexOf('?') < 0) ? '?' : (base.endsWith("?") || base.endsWith("&")) ? 0 : '&';
		return (separator == 0) ? base + form(parameters) : base + separator + form(parameters);
	}

	static OutboundRequest of(String webhookUrl, String method, Map<String, String> parameters, String signature,
			String idempotencyToken) {
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("X-Twilio-Signature", signature);
		headers.put("I-Twilio-Idempotency-Token", idempotencyToken);
		headers.put("User-Agent", "TwilioProxy/1.1");
		headers.put("Accept", "*/*");
		headers.put("X-Home-Region", "us1");
		String userInfo = userInfo(webhookUrl);
		if (userInfo != null) {
			headers.put("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(decode(userInfo).getBytes(StandardCharsets.UTF_8)));
		}
		String body = null;
		if (method.equals("POST")) {
			headers.put("Content-Type", FORM);
			body = form(parameters);
		}
		return new OutboundRequest(requestedUrl(webhookUrl, method, parameters), method, body, headers);
	}

	static String form(Map<String, String> parameters) {
		StringBuilder form = new StringBuilder(256);
		parameters.forEach((name, value) -> {
			if (!form.isEmpty()) {
				form.append('&');
			}
			form.append(encoded(name)).append('=').append(encoded(value));
		});
		return form.toString();
	}

	/**
	 * {@code text} as {@link URLEncoder} encodes it; most names and values (SIDs, event
	 * names) are only the characters it leaves as they are, and are not copied.
	 */
	private static String encoded(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean unchanged = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.'
					|| c == '-' || c == '*' || c == '_';
			if (!unchanged) {
				return URLEncoder.encode(text, StandardCharsets.UTF_8);
			}
		}
		return text;
	}

	private static String withoutFragmentAndUserInfo(String webhookUrl) {
		int hash = webhookUrl.indexOf('#');
		String url = (hash < 0) ? webhookUrl : webhookUrl.substring(0, hash);
		String userInfo = userInfo(url);
		if (userInfo == null) {
			return url;
		}
		int start = url.indexOf("//") + 2;
		return url.substring(0, start) + url.substring(start + userInfo.length() + 1);
	}

	private static @Nullable String userInfo(String webhookUrl) {
		if (webhookUrl.indexOf('@') < 0) {
			// Most URLs: no user information to parse the URL for.
			return null;
		}
		try {
			return new URI(webhookUrl).getRawUserInfo();
		}
		catch (URISyntaxException ex) {
			return null;
		}
	}

	private static String decode(String userInfo) {
		return URLDecoder.decode(userInfo.replace("+", "%2B"), StandardCharsets.UTF_8);
	}

}
