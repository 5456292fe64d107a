package io.autopilotmock.webhook;

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
 * {@code /v1/Assistants/{AssistantSid}/Webhooks}: both path variables take a SID or a
 * unique name.
 */
@RestController
@RequestMapping("/v1/Assistants/{AssistantSid}/Webhooks")
class WebhookController {

	private final WebhookService webhooks;

	private final BaseUrl baseUrl;

	private final TwilioDates dates;

	WebhookController(WebhookService webhooks, BaseUrl baseUrl, TwilioDates dates) {
		this.webhooks = webhooks;
		this.baseUrl = baseUrl;
		this.dates = dates;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	WebhookJson create(Account account, @PathRef("AssistantSid") String assistant, WebhookForm form,
			HttpServletRequest request) {
		return json(this.webhooks.create(account, assistant, form), request);
	}

	@GetMapping("/{Sid}")
	WebhookJson fetch(Account account, @PathRef("AssistantSid") String assistant, @PathRef("Sid") String sid,
			HttpServletRequest request) {
		return json(this.webhooks.fetch(account, assistant, sid), request);
	}

	@PostMapping("/{Sid}")
	WebhookJson update(Account account, @PathRef("AssistantSid") String assistant, @PathRef("Sid") String sid,
			WebhookForm form, HttpServletRequest request) {
		return json(this.webhooks.update(account, assistant, sid, form), request);
	}

	@DeleteMapping("/{Sid}")
	ResponseEntity<Void> delete(Account account, @PathRef("AssistantSid") String assistant,
			@PathRef("Sid") String sid) {
		this.webhooks.delete(account, assistant, sid);
		return ResponseEntity.noContent().build();
	}

	@GetMapping
	Map<String, Object> list(Account account, @PathRef("AssistantSid") String assistant, PageForm page,
			HttpServletRequest request) {
		AssistantWebhooks webhooks = this.webhooks.list(account, assistant);
		String assistantUrl = assistantUrl(webhooks.assistantSid(), request);
		return Pager.page(page, assistantUrl + "/Webhooks", "webhooks", webhooks.rows(),
				(webhook) -> WebhookJson.of(webhook, assistantUrl, webhooks.assistantSid(), this.dates));
	}

	private WebhookJson json(AssistantWebhook found, HttpServletRequest request) {
		String assistantSid = found.assistantSid();
		return WebhookJson.of(found.webhook(), assistantUrl(assistantSid, request), assistantSid, this.dates);
	}

	private String assistantUrl(String assistantSid, HttpServletRequest request) {
		return this.baseUrl.of(request) + "/v1/Assistants/" + assistantSid;
	}

}
