/**
 * Event webhooks: simulated dialogues ({@code /__admin/Assistants/…/Dialogues}), the
 * Dialogue resource, and the outbox that delivers each fired event, signed as Twilio
 * signs its webhooks, to every webhook subscribed to it.
 */
@NullMarked
package io.autopilotmock.events;

import org.jspecify.annotations.NullMarked;
