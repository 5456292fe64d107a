/**
 * Faults and latency injected into API requests: Twilio errors, a reset or silently
 * closed connection, delays, set up under {@code /__admin/faults} and applied by a Tomcat
 * valve before any application code runs.
 */
@NullMarked
package io.autopilotmock.faults;

import org.jspecify.annotations.NullMarked;
