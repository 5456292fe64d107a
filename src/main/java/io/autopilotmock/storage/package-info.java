/**
 * Where state lives: embedded H2 in memory or on disk, or a shared PostgreSQL, and how
 * the service behaves when its database cannot be reached.
 */
@NullMarked
package io.autopilotmock.storage;

import org.jspecify.annotations.NullMarked;
