package io.autopilotmock.assistant;

import java.util.Map;

import io.autopilotmock.twilio.Account;
import io.autopilotmock.twilio.BaseUrl;
import io.autopilotmock.twilio.PageForm;
import io.autopilotmock.twilio.Pager;
import io.autopilotmock.twilio.PathRef;
import io.autopilotmock.twilio.TwilioDates;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /v1/Assistants}: the minimal parent resource. {@code {Sid}} takes a SID or a
 * unique name.
 */
@RestController
@RequestMapping("/v1/Assistants")
class AssistantController {

	private final AssistantService assistants;

	private final BaseUrl baseUrl;

	private final TwilioDates dates;

	AssistantController(AssistantService assistants, BaseUrl baseUrl, TwilioDates dates) {
		this.assistants = assistants;
		this.baseUrl = baseUrl;
		this.dates = dates;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	AssistantJson create(Account account, AssistantForm form, HttpServletRequest request) {
		return json(this.assistants.create(account, form), request);
	}

	@GetMapping("/{Sid}")
	AssistantJson fetch(Account account, @PathRef("Sid") String sid, HttpServletRequest request) {
		return json(this.assistants.fetch(account, sid), request);
	}

	@PostMapping("/{Sid}")
	AssistantJson update(Account account, @PathRef("Sid") String sid, AssistantForm form, HttpServletRequest request) {
		return json(this.assistants.update(account, sid, form), request);
	}

	@DeleteMapping("/{Sid}")
	ResponseEntity<Void> delete(Account account, @PathRef("Sid") String sid) {
		this.assistants.delete(account, sid);
		return ResponseEntity.noContent().build();
	}

	@GetMapping
	Map<String, Object> list(Account account, PageForm page, HttpServletRequest request) {
		String baseUrl = this.baseUrl.of(request);
		return Pager.page(page, baseUrl + "/v1/Assistants", "assistants", this.assistants.list(account),
				(assistant) -> AssistantJson.of(assistant, baseUrl, this.dates));
	}

	private AssistantJson json(Assistant assistant, HttpServletRequest request) {
		return AssistantJson.of(assistant, this.baseUrl.of(request), this.dates);
	}

}
