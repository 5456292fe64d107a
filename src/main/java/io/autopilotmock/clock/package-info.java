/**
 * {@code /__admin/clock}: freezing, moving and releasing the clock every date the API
 * writes comes from.
 */
@NullMarked
package io.autopilotmock.clock;

import org.jspecify.annotations.NullMarked;
