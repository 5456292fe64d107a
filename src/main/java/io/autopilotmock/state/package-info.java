/**
 * {@code /__admin/state}: the store exported as one JSON document, a store replaced by
 * one, and the seed file loaded into an empty store at start-up.
 */
@NullMarked
package io.autopilotmock.state;

import org.jspecify.annotations.NullMarked;
