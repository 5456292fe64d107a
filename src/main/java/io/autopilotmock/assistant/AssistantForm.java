package io.autopilotmock.assistant;

import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.BindParam;

/**
 * The form parameters of an assistant's create and update that the emulator keeps;
 * {@code null} means not sent. Autopilot's other parameters are accepted and ignored.
 */
record AssistantForm(@BindParam("FriendlyName") @Nullable String friendlyName,
		@BindParam("UniqueName") @Nullable String uniqueName) {

}
