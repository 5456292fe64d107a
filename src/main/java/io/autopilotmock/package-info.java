/**
 * autopilot-mock: a stateful emulator of Twilio's Autopilot v1 Webhooks API.
 */
@NullMarked
package io.autopilotmock;

import org.jspecify.annotations.NullMarked;
