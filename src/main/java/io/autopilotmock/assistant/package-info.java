/**
 * The parent Assistant resource and the rule that resolves {@code {AssistantSid}}.
 */
@NullMarked
package io.autopilotmock.assistant;

import org.jspecify.annotations.NullMarked;
