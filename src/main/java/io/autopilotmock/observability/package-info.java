/**
 * What the people who run a shared emulator read: one log line per API request and, opted
 * in, Prometheus metrics of the API.
 */
@NullMarked
package io.autopilotmock.observability;

import org.jspecify.annotations.NullMarked;
