package io.autopilotmock.events;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import io.autopilotmock.admin.AdminScope;
import io.autopilotmock.twilio.ResourceNotFoundException;
import io.autopilotmock.twilio.SidPrefix;
import io.autopilotmock.twilio.TwilioErrors;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The delivery log, {@code /__admin/deliveries}: newest first, within the caller's scope.
 */
@RestController
@RequestMapping("/__admin/deliveries")
class DeliveryAdminController {

	static final int DEFAULT_LIMIT = 100;

	static final int MAX_LIMIT = 1000;

	private static final Set<String> STATES = Set.of(Delivery.PENDING, Delivery.DELIVERED, Delivery.FAILED,
			Delivery.REFUSED);

	private final DeliveryRepository deliveries;

	DeliveryAdminController(DeliveryRepository deliveries) {
		this.deliveries = deliveries;
	}

	@GetMapping
	Map<String, List<DeliveryJson>> list(AdminScope scope,
			@RequestParam(name = "webhook_sid", required = false) @Nullable String webhookSid,
			@RequestParam(name = "dialogue_sid", required = false) @Nullable String dialogueSid,
			@RequestParam(name = "event", required = false) @Nullable String event,
			@RequestParam(name = "status", required = false) @Nullable String status,
			@RequestParam(name = "limit", required = false) @Nullable String limit) {
		DeliveryFilter filter = new DeliveryFilter(scope.accountSid(),
				sid(SidPrefix.WEBHOOK, "webhook_sid", webhookSid), sid(SidPrefix.DIALOGUE, "dialogue_sid", dialogueSid),
				event, state(status), limit(limit));
		return Map.of("deliveries", this.deliveries.find(filter).stream().map(DeliveryJson::of).toList());
	}

	@GetMapping("/{id}")
	DeliveryJson fetch(AdminScope scope, @PathVariable("id") String id) {
		long number;
		try {
			number = Long.parseLong(id);
		}
		catch (NumberFormatException ex) {
			throw new ResourceNotFoundException();
		}
		return this.deliveries.find(number)
			.filter((delivery) -> scope.includes(delivery.accountSid()))
			.map(DeliveryJson::withRequest)
			.orElseThrow(ResourceNotFoundException::new);
	}

	private static @Nullable String sid(SidPrefix prefix, String name, @Nullable String value) {
		if (value == null) {
			return null;
		}
		if (!prefix.matches(value)) {
			throw TwilioErrors.invalidParameter(name + " must be " + prefix.letters() + " followed by 32 hex digits");
		}
		return prefix.normalize(value);
	}

	private static @Nullable String state(@Nullable String value) {
		if (value == null) {
			return null;
		}
		String state = value.toLowerCase(Locale.ROOT);
		if (!STATES.contains(state)) {
			throw TwilioErrors.invalidParameter("status must be pending, delivered, failed or refused, was " + value);
		}
		return state;
	}

	private static int limit(@Nullable String value) {
		if (value == null) {
			return DEFAULT_LIMIT;
		}
		try {
			int limit = Integer.parseInt(value);
			if (limit >= 1 && limit <= MAX_LIMIT) {
				return limit;
			}
		}
		catch (NumberFormatException ex) {
			// answered below
		}
		throw TwilioErrors.invalidParameter("limit must be 1 to " + MAX_LIMIT + ", was " + value);
	}

}
