package io.autopilotmock.webhook;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

import io.autopilotmock.twilio.AutopilotMockProperties;
import io.autopilotmock.twilio.FormValues;
import io.autopilotmock.twilio.SidPrefix;
import io.autopilotmock.twilio.TwilioErrors;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Checks the parameters of create and update, and normalises what Twilio normalised:
 * {@code Events} trimmed, {@code WebhookMethod} upper-case with {@code POST} as default.
 */
@Component
class WebhookRules {

	static final int MAX_EVENTS = 1024;

	static final int MAX_WEBHOOK_URL = 2048;

	/** Autopilot's event names, lower-cased: names compare case-insensitively. */
	static final Set<String> EVENTS = Set.of("ondialoguestart", "ondialogueend", "ondialoguetaskstart",
			"ondialoguetaskend", "ondialogueturn", "oncollectattempt", "onactionsfetch");

	private final boolean lenientEvents;

	WebhookRules(AutopilotMockProperties properties) {
		this.lenientEvents = properties.lenientEvents();
	}

	/** A create's parameters, checked, with every required one present. */
	WebhookForm forCreate(WebhookForm form) {
		require("UniqueName", form.uniqueName());
		require("Events", form.events());
		require("WebhookUrl", form.webhookUrl());
		WebhookForm checked = forUpdate(form);
		return (checked.webhookMethod() != null) ? checked
				: new WebhookForm(checked.uniqueName(), checked.events(), checked.webhookUrl(), "POST");
	}

	/** An update's parameters, checked; those not sent stay {@code null}. */
	WebhookForm forUpdate(WebhookForm form) {
		return new WebhookForm(FormValues.uniqueName(form.uniqueName(), SidPrefix.WEBHOOK, "a Webhook"),
				events(form.events()), webhookUrl(form.webhookUrl()), webhookMethod(form.webhookMethod()));
	}

	private static void require(String name, @Nullable String value) {
		if (value == null || value.isBlank()) {
			throw TwilioErrors.missingParameter(name);
		}
	}

	private @Nullable String events(@Nullable String value) {
		if (value == null) {
			return null;
		}
		FormValues.checkText("Events", value);
		FormValues.checkNotBlank("Events", value);
		String events = value.trim();
		FormValues.checkLength("Events", events, MAX_EVENTS);
		if (!this.lenientEvents) {
			for (String event : events.split(" +")) {
				if (!isKnown(event)) {
					throw TwilioErrors.invalidParameter("Events contains an unknown event: " + event);
				}
			}
		}
		return events;
	}

	/** Whether the event may be named: one of Autopilot's, or anything when lenient. */
	boolean isKnown(String event) {
		return this.lenientEvents || EVENTS.contains(event.toLowerCase(Locale.ROOT));
	}

	private static @Nullable String webhookUrl(@Nullable String value) {
		if (value == null) {
			return null;
		}
		FormValues.checkText("WebhookUrl", value);
		FormValues.checkNotBlank("WebhookUrl", value);
		FormValues.checkLength("WebhookUrl", value, MAX_WEBHOOK_URL);
		try {
			URI url = new URI(value);
			String scheme = (url.getScheme() != null) ? url.getScheme().toLowerCase(Locale.ROOT) : "";
			if ((scheme.equals("http") || scheme.equals("https")) && url.getHost() != null) {
				return value;
			}
		}
		catch (URISyntaxException ex) {
			// answered below
		}
		throw TwilioErrors.invalidParameter("WebhookUrl must be an absolute http or https URL, was " + value);
	}

	private static @Nullable String webhookMethod(@Nullable String value) {
		if (value == null) {
			return null;
		}
		FormValues.checkText("WebhookMethod", value);
		String method = value.toUpperCase(Locale.ROOT);
		if (!method.equals("GET") && !method.equals("POST")) {
			throw TwilioErrors.invalidParameter("WebhookMethod must be GET or POST, was " + value);
		}
		return method;
	}

}
