/**
 * The inspector: one page under {@code /__admin/} that shows, and drives, what the
 * {@code /__admin} JSON API offers. It holds no state and reads nothing but that API.
 */
@NullMarked
package io.autopilotmock.inspector;

import org.jspecify.annotations.NullMarked;
