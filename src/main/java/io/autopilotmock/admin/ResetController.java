package io.autopilotmock.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.autopilotmock.twilio.AccountResolver;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /__admin/reset}: every feature's state of the scope, deleted in
 * {@link org.springframework.core.annotation.Order} order, each in its own transaction,
 * so that requests in flight meet either the old rows or none.
 */
@RestController
class ResetController {

	private final List<ScopedState> states;

	private final ApplicationEventPublisher events;

	private final AccountResolver accounts;

	ResetController(List<ScopedState> states, ApplicationEventPublisher events, AccountResolver accounts) {
		this.states = states;
		this.events = events;
		this.accounts = accounts;
	}

	@PostMapping("/__admin/reset")
	ResetJson reset(AdminScope scope) {
		Map<String, Long> deleted = new LinkedHashMap<>();
		for (ScopedState state : this.states) {
			deleted.put(state.name(), state.deleteAll(scope));
		}
		// Kept in memory for signing, not state a test sets up: forgotten, not counted.
		this.accounts.forgetPresented(scope.accountSid());
		this.events.publishEvent(new ResetDone(scope));
		return new ResetJson(scope.accountSid(), deleted);
	}

	record ResetJson(@JsonProperty("account_sid") @Nullable String accountSid, Map<String, Long> deleted) {

	}

}
