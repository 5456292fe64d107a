package io.autopilotmock.events;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * One log line per delivery outcome, under the logger
 * {@code io.autopilotmock.deliveries}: delivered, an attempt failed (and is tried again),
 * given up, refused, each with its dialogue, event, webhook, URL (without its query and
 * fragment, which may hold secrets and overrides), status and milliseconds. Given up and
 * refused are warnings.
 */
final class DeliveryOutcomes {

	private static final Log log = LogFactory.getLog("io.autopilotmock.deliveries");

	private DeliveryOutcomes() {
	}

	static void attempted(Delivery delivery, Attempt attempt, @Nullable String finalState, int attempts) {
		if (Delivery.DELIVERED.equals(finalState)) {
			if (log.isInfoEnabled()) {
				log.info("Delivered " + describe(delivery) + ": " + attempt.outcome() + " in " + attempt.durationMs()
						+ " ms");
			}
		}
		else if (Delivery.REFUSED.equals(finalState)) {
			refused(delivery, Objects.toString(attempt.body(), "refused"));
		}
		else if (finalState == null) {
			if (log.isInfoEnabled()) {
				log.info("Attempt " + attempts + " failed for " + describe(delivery) + ": " + attempt.outcome() + " in "
						+ attempt.durationMs() + " ms, trying again");
			}
		}
		else if (log.isWarnEnabled()) {
			log.warn("Gave up " + describe(delivery) + " after " + attempts + " attempt" + ((attempts == 1) ? "" : "s")
					+ ": " + attempt.outcome() + " in " + attempt.durationMs() + " ms");
		}
	}

	static void refused(Delivery delivery, String reason) {
		if (log.isWarnEnabled()) {
			log.warn("Refused " + describe(delivery) + ": " + reason);
		}
	}

	private static String describe(Delivery delivery) {
		return "delivery " + delivery.id() + " of " + delivery.event() + " in dialogue " + delivery.dialogueSid()
				+ " to webhook " + delivery.webhookSid() + " " + delivery.method() + " "
				+ withoutQuery(delivery.webhookUrl());
	}

	/**
	 * The URL without its user information (sent as Basic credentials), query and
	 * fragment.
	 */
	static String withoutQuery(String url) {
		try {
			URI uri = new URI(url);
			return new URI(uri.getScheme(), null, uri.getHost(), uri.getPort(), uri.getPath(), null, null).toString();
		}
		catch (URISyntaxException ex) {
			return "(a URL that does not parse)";
		}
	}

}
