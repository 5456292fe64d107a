package com.example.bot;

import java.net.URI;

import com.twilio.http.TwilioRestClient;
import com.twilio.rest.autopilot.v1.assistant.Webhook;

/**
 * The code under test: subscribes the bot's receiver to the end of every dialogue.
 */
public class WebhookSetup {

	private final TwilioRestClient twilio;

	public WebhookSetup(TwilioRestClient twilio) {
		this.twilio = twilio;
	}

	public Webhook run(String assistantSid, String receiverUrl) {
		return Webhook.creator(assistantSid, "dialogue-end", "onDialogueEnd", URI.create(receiverUrl))
			.create(this.twilio);
	}

}
