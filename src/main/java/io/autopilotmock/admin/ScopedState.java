package io.autopilotmock.admin;

/**
 * State a feature keeps that a reset clears: journal entries, faults, deliveries,
 * assistants. Each feature implements it as a bean; the reset calls every one, in
 * {@link org.springframework.core.annotation.Order} order, and reports each count.
 */
public interface ScopedState {

	/**
	 * The key the reset's answer reports this state's count under, e.g. {@code "faults"}.
	 */
	String name();

	/**
	 * Deletes everything of the scope this state holds.
	 * @return how many items were deleted
	 */
	long deleteAll(AdminScope scope);

}
