package io.autopilotmock.twilio;

/**
 * The two date formats the emulator can write. Twilio's live v1 API sent ISO 8601, which
 * is the only format twilio-java and twilio-python parse; RFC 2822 is the default because
 * it is what Twilio's REST API (2010-04-01) writes and what users of this emulator asked
 * for.
 */
public enum DateFormat {

	RFC2822, ISO8601

}
