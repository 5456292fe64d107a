package io.autopilotmock.events;

import jakarta.servlet.http.HttpServletRequest;

import io.autopilotmock.twilio.Account;
import io.autopilotmock.twilio.BaseUrl;
import io.autopilotmock.twilio.PathRef;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /v1/Assistants/{AssistantSid}/Dialogues/{Sid}}: the assistant by SID or
 * unique name, the dialogue by SID.
 */
@RestController
class DialogueController {

	private final DialogueService dialogues;

	private final BaseUrl baseUrl;

	DialogueController(DialogueService dialogues, BaseUrl baseUrl) {
		this.dialogues = dialogues;
		this.baseUrl = baseUrl;
	}

	@GetMapping("/v1/Assistants/{AssistantSid}/Dialogues/{Sid}")
	DialogueJson fetch(Account account, @PathRef("AssistantSid") String assistant, @PathRef("Sid") String sid,
			HttpServletRequest request) {
		Dialogue dialogue = this.dialogues.fetch(account, assistant, sid);
		return DialogueJson.of(dialogue, this.baseUrl.of(request));
	}

}
