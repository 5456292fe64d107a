package io.autopilotmock.events;

import org.jspecify.annotations.Nullable;

/**
 * Which deliveries a log query wants; {@code null} means any.
 */
record DeliveryFilter(@Nullable String accountSid, @Nullable String webhookSid, @Nullable String dialogueSid,
		@Nullable String event, @Nullable String state, int limit) {

}
