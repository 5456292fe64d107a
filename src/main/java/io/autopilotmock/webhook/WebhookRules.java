package io.autopilotmock.webhook;

import java.util.Locale;
import java.util.Set;

import io.autopilotmock.twilio.AutopilotMockProperties;
import io.autopilotmock.twilio.FormViolations;
import io.autopilotmock.twilio.OnCreate;
import jakarta.validation.Validator;
import jakarta.validation.groups.Default;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Checks the parameters of create and update with the constraints of {@link WebhookForm},
 * for the API and for a restored state alike, and normalises what Twilio normalised:
 * {@code Events} trimmed, {@code WebhookMethod} upper-case with {@code POST} as default.
 */
@Component
class WebhookRules {

	static final int MAX_EVENTS = 1024;

	static final int MAX_WEBHOOK_URL = 2048;

	/** Autopilot's event names, lower-cased: names compare case-insensitively. */
	static final Set<String> EVENTS = Set.of("ondialoguestart", "ondialogueend", "ondialoguetaskstart",
			"ondialoguetaskend", "ondialogueturn", "oncollectattempt", "onactionsfetch");

	/** The group of {@link KnownEvents}: left out when {@code lenient-events} is on. */
	interface StrictEvents {

	}

	private final boolean lenientEvents;

	private final Validator validator;

	private final Class<?>[] create;

	private final Class<?>[] update;

	WebhookRules(AutopilotMockProperties properties, Validator validator) {
		this.lenientEvents = properties.lenientEvents();
		this.validator = validator;
		this.update = this.lenientEvents ? new Class<?>[] { Default.class }
				: new Class<?>[] { Default.class, StrictEvents.class };
		this.create = this.lenientEvents ? new Class<?>[] { OnCreate.class, Default.class }
				: new Class<?>[] { OnCreate.class, Default.class, StrictEvents.class };
	}

	/** A create's parameters, checked, with every required one present. */
	WebhookForm forCreate(WebhookForm form) {
		FormViolations.check(this.validator, form, this.create);
		WebhookForm checked = normalized(form);
		return (checked.webhookMethod() != null) ? checked
				: new WebhookForm(checked.uniqueName(), checked.events(), checked.webhookUrl(), "POST");
	}

	/** An update's parameters, checked; those not sent stay {@code null}. */
	WebhookForm forUpdate(WebhookForm form) {
		FormViolations.check(this.validator, form, this.update);
		return normalized(form);
	}

	/** Whether the event may be named: one of Autopilot's, or anything when lenient. */
	boolean isKnown(String event) {
		return this.lenientEvents || EVENTS.contains(event.toLowerCase(Locale.ROOT));
	}

	private static WebhookForm normalized(WebhookForm form) {
		return new WebhookForm(form.uniqueName(), trimmed(form.events()), form.webhookUrl(),
				upperCase(form.webhookMethod()));
	}

	private static @Nullable String trimmed(@Nullable String value) {
		return (value != null) ? value.trim() : null;
	}

	private static @Nullable String upperCase(@Nullable String value) {
		return (value != null) ? value.toUpperCase(Locale.ROOT) : null;
	}

}
