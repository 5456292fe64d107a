package io.autopilotmock.state;

import io.autopilotmock.admin.AdminScope;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /__admin/state}: the scope's assistants and webhooks as one document, and the
 * scope replaced by one. The scope is the {@code account_sid} query parameter, or all
 * accounts.
 */
@RestController
@RequestMapping("/__admin/state")
class StateController {

	private final StateService state;

	StateController(StateService state) {
		this.state = state;
	}

	@GetMapping
	StateDocument export(AdminScope scope) {
		return this.state.export(scope);
	}

	/** The body is read as bytes so that a bad document is named here, not by Spring. */
	@PutMapping
	StateDocument replace(AdminScope scope, @RequestBody(required = false) byte @Nullable [] body) {
		return this.state.replace(scope, this.state.parse((body != null) ? body : new byte[0]));
	}

}
