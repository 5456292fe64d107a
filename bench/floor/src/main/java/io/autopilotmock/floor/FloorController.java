package io.autopilotmock.floor;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * autopilot-mock's create, fetch and list with nothing behind them: the form bound into a
 * record, records of the same ten keys written by Jackson, the list in the same
 * {@code meta} envelope. No validation, no store, no interceptors: what is left is what
 * Spring MVC, Tomcat and Jackson cost for these answers, the floor that autopilot-mock's
 * figures are divided by. bench/run checks that the body sizes equal autopilot-mock's.
 */
@RestController
@RequestMapping("/v1/Assistants/{assistantSid}/Webhooks")
class FloorController {

	/**
	 * The rows behind every list: one full page, as bench/run stores for autopilot-mock.
	 */
	private static final int LISTED = 50;

	/** The dates of fetched and listed webhooks, written once like stored ones. */
	private final String stored = Answers.RFC_2822.format(ZonedDateTime.now(ZoneOffset.UTC));

	private final List<String> listedSids = new ArrayList<>();

	private final List<String> listedNames = new ArrayList<>();

	FloorController() {
		for (int i = 1; i <= LISTED; i++) {
			this.listedSids.add(Answers.newSid());
			this.listedNames.add("00000000-00-" + String.format("%010d", i));
		}
	}

	@PostMapping
	ResponseEntity<WebhookJson> create(@PathVariable String assistantSid, WebhookForm form,
			HttpServletRequest request) {
		String now = Answers.RFC_2822.format(ZonedDateTime.now(ZoneOffset.UTC));
		String method = (form.webhookMethod() != null) ? form.webhookMethod() : "POST";
		String sid = Answers.newSid();
		WebhookJson created = new WebhookJson(Answers.ACCOUNT_SID, assistantSid, now, now, form.events(), sid,
				form.uniqueName(), Answers.assistantUrl(request, assistantSid) + "/Webhooks/" + sid, method, form.webhookUrl());
		return ResponseEntity.status(HttpStatus.CREATED).body(created);
	}

	@GetMapping("/{sid}")
	WebhookJson fetch(@PathVariable String assistantSid, @PathVariable String sid, HttpServletRequest request) {
		return webhook(Answers.assistantUrl(request, assistantSid), assistantSid, sid, "00000000-00-0000000001");
	}

	@GetMapping
	Map<String, Object> list(@PathVariable String assistantSid,
			@RequestParam(name = "PageSize", defaultValue = "50") int pageSize, HttpServletRequest request) {
		String assistantUrl = Answers.assistantUrl(request, assistantSid);
		List<WebhookJson> webhooks = new ArrayList<>(LISTED);
		for (int i = 0; i < Math.min(pageSize, LISTED); i++) {
			webhooks.add(webhook(assistantUrl, assistantSid, this.listedSids.get(i), this.listedNames.get(i)));
		}
		return Answers.firstPage(assistantUrl, pageSize, webhooks);
	}

	private WebhookJson webhook(String assistantUrl, String assistantSid, String sid, String uniqueName) {
		return new WebhookJson(Answers.ACCOUNT_SID, assistantSid, this.stored, this.stored, "onDialogueStart onDialogueEnd",
				sid, uniqueName, assistantUrl + "/Webhooks/" + sid, "POST", "https://example.com/hook");
	}

}
