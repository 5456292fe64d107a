package io.autopilotmock.faults;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import io.autopilotmock.admin.AdminAccess;
import io.autopilotmock.admin.AdminScope;
import io.autopilotmock.twilio.ResourceNotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /__admin/faults}: make, list and remove faults, on the caller's scope.
 */
@RestController
@RequestMapping("/__admin/faults")
class FaultController {

	private final FaultRegistry faults;

	private final AdminAccess access;

	FaultController(FaultRegistry faults, AdminAccess access) {
		this.faults = faults;
		this.access = access;
	}

	/**
	 * The caller's access is checked from the query's scope before the body is read; an
	 * {@code account_sid} in the body then narrows it as the query's would.
	 */
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	FaultJson create(AdminScope scope, HttpServletRequest request, @RequestBody FaultForm form) {
		AdminScope target = (form.accountSid() != null) ? this.access.scope(request, form.accountSid()) : scope;
		return FaultJson.of(this.faults.add(target.accountSid(), form));
	}

	@GetMapping
	Map<String, List<FaultJson>> list(AdminScope scope) {
		return Map.of("faults", this.faults.find(scope).stream().map(FaultJson::of).toList());
	}

	@GetMapping("/{id}")
	FaultJson fetch(AdminScope scope, @PathVariable String id) {
		return FaultJson.of(this.faults.find(scope, parsedId(id)).orElseThrow(ResourceNotFoundException::new));
	}

	@DeleteMapping
	Map<String, Long> deleteAll(AdminScope scope) {
		return Map.of("deleted", this.faults.deleteAll(scope));
	}

	@DeleteMapping("/{id}")
	Map<String, Long> delete(AdminScope scope, @PathVariable String id) {
		Fault fault = this.faults.find(scope, parsedId(id)).orElseThrow(ResourceNotFoundException::new);
		if (!this.faults.delete(fault)) {
			throw new ResourceNotFoundException(); // used up or deleted meanwhile
		}
		return Map.of("deleted", 1L);
	}

	private static long parsedId(String id) {
		try {
			return Long.parseLong(id);
		}
		catch (NumberFormatException ex) {
			throw new ResourceNotFoundException();
		}
	}

}
