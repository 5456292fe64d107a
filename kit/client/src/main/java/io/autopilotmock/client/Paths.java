package io.autopilotmock.client;

/**
 * The API's paths, as the journal and faults match them: {@code *} stands for any one
 * segment. An assistant or webhook is named as the code under test names it in its
 * requests, by SID or by unique name.
 */
public final class Paths {

	/** Any one path segment. */
	public static final String ANY = "*";

	private Paths() {
	}

	/** {@code /v1/Assistants}. */
	public static String assistants() {
		return "/v1/Assistants";
	}

	/** {@code /v1/Assistants/{assistant}}. */
	public static String assistant(String assistant) {
		return assistants() + "/" + assistant;
	}

	/** {@code /v1/Assistants/{assistant}/Webhooks}: create and list. */
	public static String webhooks(String assistant) {
		return assistant(assistant) + "/Webhooks";
	}

	/** {@code /v1/Assistants/{assistant}/Webhooks/{webhook}}: fetch, update, delete. */
	public static String webhook(String assistant, String webhook) {
		return webhooks(assistant) + "/" + webhook;
	}

	/** {@code /v1/Assistants/{assistant}/Dialogues/{dialogue}}. */
	public static String dialogue(String assistant, String dialogue) {
		return assistant(assistant) + "/Dialogues/" + dialogue;
	}

}
