package io.autopilotmock.clock;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

import io.autopilotmock.admin.AdminAccess;
import io.autopilotmock.twilio.ControllableClock;
import io.autopilotmock.twilio.TwilioDates;
import io.autopilotmock.twilio.TwilioErrors;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /__admin/clock}. The clock serves every account, so only a caller whose scope is
 * all accounts may set it (open mode, or the admin token); any caller the control surface
 * admits may read it.
 */
@RestController
@RequestMapping("/__admin/clock")
class ClockController {

	private final ControllableClock clock;

	private final AdminAccess access;

	ClockController(ControllableClock clock, AdminAccess access) {
		this.clock = clock;
		this.access = access;
	}

	@GetMapping
	ClockJson get(HttpServletRequest request) {
		this.access.scope(request, null);
		return json();
	}

	@PutMapping
	ClockJson set(@RequestBody(required = false) @Nullable ClockForm form, HttpServletRequest request) {
		requireAllAccounts(request);
		if (form == null || (form.time() == null) == (form.advance() == null)) {
			throw TwilioErrors.invalidParameter("Give either time (an ISO 8601 instant) or advance (an ISO 8601 "
					+ "duration), e.g. {\"time\": \"2023-05-04T09:42:00Z\"} or {\"advance\": \"PT1H\"}");
		}
		if (form.time() != null) {
			this.clock.freeze(inRange(instant(form.time()), "time", form.time()));
		}
		else {
			Duration amount = duration(form.advance());
			inRange(advanced(amount), "advance", form.advance());
			this.clock.advance(amount);
		}
		return json();
	}

	@DeleteMapping
	ClockJson release(HttpServletRequest request) {
		requireAllAccounts(request);
		this.clock.reset();
		return json();
	}

	private void requireAllAccounts(HttpServletRequest request) {
		if (!this.access.scope(request, null).isAll()) {
			throw TwilioErrors.forbidden();
		}
	}

	private ClockJson json() {
		return new ClockJson(this.clock.instant().truncatedTo(ChronoUnit.SECONDS).toString(), this.clock.frozen());
	}

	private Instant advanced(Duration amount) {
		try {
			return this.clock.instant().plus(amount);
		}
		catch (ArithmeticException | DateTimeException ex) {
			return Instant.MAX; // past any date: refused as out of range
		}
	}

	private static Instant inRange(Instant time, String field, String text) {
		if (!TwilioDates.inRange(time)) {
			throw TwilioErrors.invalidParameter(field + " must set the clock from " + TwilioDates.EARLIEST + " to "
					+ TwilioDates.LATEST + ", was " + text);
		}
		return time;
	}

	private static Instant instant(String text) {
		try {
			return Instant.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw TwilioErrors
				.invalidParameter("time must be an ISO 8601 instant such as 2023-05-04T09:42:00Z, was " + text);
		}
	}

	private static Duration duration(String text) {
		try {
			return Duration.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw TwilioErrors.invalidParameter("advance must be an ISO 8601 duration such as PT1H, was " + text);
		}
	}

	/** {@code PUT}'s body: one of the two. */
	record ClockForm(@Nullable String time, @Nullable String advance) {

	}

	/** The clock as the API reads it, in whole seconds. */
	record ClockJson(String time, boolean frozen) {

	}

}
