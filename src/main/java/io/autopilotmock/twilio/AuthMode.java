package io.autopilotmock.twilio;

/**
 * Whether the emulator checks credentials as Twilio does.
 */
public enum AuthMode {

	/** Credentials optional: an {@code AC…} username selects its account. */
	OPEN,

	/** Only configured credentials pass; anything else is Twilio's 401. */
	STRICT

}
