package io.autopilotmock.observability;

import io.autopilotmock.twilio.Remembered;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.servlet.HandlerMapping;

/**
 * Names a request by Twilio's operation, {@code CreateWebhook} or {@code ListAssistant},
 * from the route it matched: a tag with a handful of values, never the path itself.
 */
final class Operations {

	static final String UNMATCHED = "Unmatched";

	private Operations() {
	}

	/**
	 * Every request names its operation; there are as many as the API has methods and
	 * routes, so each is worked out once.
	 */
	private static final Remembered<String, String> NAMES = new Remembered<>(256);

	static String of(HttpServletRequest request) {
		Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
		if (pattern == null) {
			return UNMATCHED;
		}
		String method = request.getMethod();
		return NAMES.get(method + " " + pattern, (key) -> of(method, pattern.toString()));
	}

	/**
	 * The verb from the method and whether the route ends in a {@code {Sid}}, the
	 * resource from its last literal segment, singular: {@code POST
	 * /v1/Assistants/{AssistantSid}/Webhooks} is {@code CreateWebhook}.
	 */
	static String of(String method, String pattern) {
		String[] segments = pattern.split("/");
		boolean instance = segments.length > 0 && segments[segments.length - 1].startsWith("{");
		String resource = null;
		for (int i = segments.length - 1; i >= 0 && resource == null; i--) {
			if (!segments[i].isEmpty() && !segments[i].startsWith("{")) {
				resource = segments[i];
			}
		}
		String verb = switch (method) {
			case "GET" -> instance ? "Fetch" : "List";
			case "POST" -> instance ? "Update" : "Create";
			case "DELETE" -> "Delete";
			default -> null;
		};
		if (resource == null || verb == null) {
			return UNMATCHED;
		}
		String singular = resource.endsWith("s") ? resource.substring(0, resource.length() - 1) : resource;
		return verb + singular;
	}

}
