/**
 * The control surface under {@code /__admin}: who may use it and on which accounts
 * ({@link io.autopilotmock.admin.AdminAccess}), and what a reset clears. Features that
 * keep state of their own plug into it; it knows none of them.
 */
@NullMarked
package io.autopilotmock.admin;

import org.jspecify.annotations.NullMarked;
