package io.autopilotmock.events;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A Dialogue on the wire: Twilio's five keys.
 */
record DialogueJson(@JsonProperty("account_sid") String accountSid, @JsonProperty("assistant_sid") String assistantSid,
		String sid, Map<String, Object> data, String url) {

	static DialogueJson of(Dialogue dialogue, Map<String, Object> data, String baseUrl) {
		return new DialogueJson(dialogue.accountSid(), dialogue.assistantSid(), dialogue.sid(), data,
				baseUrl + "/v1/Assistants/" + dialogue.assistantSid() + "/Dialogues/" + dialogue.sid());
	}

}
