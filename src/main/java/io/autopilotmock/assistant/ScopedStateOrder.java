package io.autopilotmock.assistant;

/**
 * Where assistants and their webhooks come in a reset: webhooks first, so that each is
 * counted before deleting its assistant deletes it too.
 */
public final class ScopedStateOrder {

	public static final int WEBHOOKS = 100;

	public static final int ASSISTANTS = 200;

	private ScopedStateOrder() {
	}

}
