package io.autopilotmock.events;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonRawValue;

/**
 * A Dialogue on the wire: Twilio's five keys. {@code data} is written as stored, a JSON
 * object the trigger serialized: neither a fetch nor a trigger's answer parses it again.
 */
record DialogueJson(@JsonProperty("account_sid") String accountSid, @JsonProperty("assistant_sid") String assistantSid,
		String sid, @JsonRawValue String data, String url) {

	static DialogueJson of(Dialogue dialogue, String baseUrl) {
		return new DialogueJson(dialogue.accountSid(), dialogue.assistantSid(), dialogue.sid(), dialogue.data(),
				baseUrl + "/v1/Assistants/" + dialogue.assistantSid() + "/Dialogues/" + dialogue.sid());
	}

}
