package io.autopilotmock.events;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import io.autopilotmock.admin.AdminAccess;
import io.autopilotmock.events.DialogueService.Fired;
import io.autopilotmock.twilio.Account;
import io.autopilotmock.twilio.BaseUrl;
import io.autopilotmock.twilio.PathRef;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /__admin/Assistants/{AssistantSid}/Dialogues[/{DialogueSid}]}: simulates a
 * dialogue, or more of one, for the caller's account (or the body's {@code account_sid}
 * where the caller's scope allows it).
 */
@RestController
@RequestMapping("/__admin/Assistants/{AssistantSid}/Dialogues")
class DialogueAdminController {

	private final DialogueService dialogues;

	private final AdminAccess access;

	private final BaseUrl baseUrl;

	DialogueAdminController(DialogueService dialogues, AdminAccess access, BaseUrl baseUrl) {
		this.dialogues = dialogues;
		this.access = access;
		this.baseUrl = baseUrl;
	}

	/** How many of a trigger's deliveries its answer shows; the log has them all. */
	static final int SHOWN_DELIVERIES = 100;

	/**
	 * A trigger's answer: the dialogue, how many deliveries it started, the first
	 * {@value #SHOWN_DELIVERIES} of them and where the log lists them all.
	 */
	record FiredJson(DialogueJson dialogue, @JsonProperty("deliveries") List<DeliveryJson> deliveries,
			@JsonProperty("deliveries_count") int deliveriesCount,
			@JsonProperty("deliveries_url") String deliveriesUrl) {

	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	FiredJson begin(@PathRef("AssistantSid") String assistant, @RequestBody DialogueTrigger trigger,
			HttpServletRequest request) throws InterruptedException {
		return fire(assistant, null, trigger, request);
	}

	@PostMapping("/{DialogueSid}")
	FiredJson more(@PathRef("AssistantSid") String assistant, @PathRef("DialogueSid") String dialogue,
			@RequestBody DialogueTrigger trigger, HttpServletRequest request) throws InterruptedException {
		return fire(assistant, dialogue, trigger, request);
	}

	private FiredJson fire(String assistant, @Nullable String dialogue, DialogueTrigger trigger,
			HttpServletRequest request) throws InterruptedException {
		Account account = this.access.account(request, trigger.accountSid());
		String base = this.baseUrl.of(request);
		Fired fired = this.dialogues.fire(account, assistant, dialogue, trigger, base);
		List<Delivery> deliveries = fired.deliveries();
		return new FiredJson(DialogueJson.of(fired.dialogue(), base),
				deliveries.stream().limit(SHOWN_DELIVERIES).map(DeliveryJson::of).toList(), deliveries.size(),
				base + "/__admin/deliveries?dialogue_sid=" + fired.dialogue().sid());
	}

}
