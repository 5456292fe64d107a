package io.autopilotmock.webhook;

import java.util.List;

import io.autopilotmock.assistant.AssistantKey;

/**
 * A stored assistant and those of its webhooks subscribed to some events.
 *
 * @param assistant the assistant's row and SID
 * @param subscriptions its webhooks' subscriptions to the events, in creation order
 */
public record AssistantSubscriptions(AssistantKey assistant, List<Subscription> subscriptions) {

}
