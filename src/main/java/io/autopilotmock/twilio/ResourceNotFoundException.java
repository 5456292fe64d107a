package io.autopilotmock.twilio;

/**
 * The addressed resource does not exist for the caller's account. Carries no path: the
 * exception handler names the requested one, as Twilio's 20404 message does.
 */
public class ResourceNotFoundException extends RuntimeException {

	public ResourceNotFoundException() {
		super("not found", null, false, false);
	}

}
