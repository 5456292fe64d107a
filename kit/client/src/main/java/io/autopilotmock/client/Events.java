package io.autopilotmock.client;

import java.util.List;

/**
 * Autopilot's seven event names, as a webhook's {@code Events} and a dialogue's trigger
 * take them.
 */
public final class Events {

	public static final String ON_DIALOGUE_START = "onDialogueStart";

	public static final String ON_DIALOGUE_END = "onDialogueEnd";

	public static final String ON_DIALOGUE_TASK_START = "onDialogueTaskStart";

	public static final String ON_DIALOGUE_TASK_END = "onDialogueTaskEnd";

	public static final String ON_DIALOGUE_TURN = "onDialogueTurn";

	public static final String ON_COLLECT_ATTEMPT = "onCollectAttempt";

	public static final String ON_ACTIONS_FETCH = "onActionsFetch";

	/** All seven, in the order above. */
	public static final List<String> ALL = List.of(ON_DIALOGUE_START, ON_DIALOGUE_END, ON_DIALOGUE_TASK_START,
			ON_DIALOGUE_TASK_END, ON_DIALOGUE_TURN, ON_COLLECT_ATTEMPT, ON_ACTIONS_FETCH);

	private Events() {
	}

}
