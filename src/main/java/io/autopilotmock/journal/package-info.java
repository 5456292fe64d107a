/**
 * The request journal: the most recent API requests in a bounded ring, recorded by one
 * Tomcat valve that sees every answer, and read and cleared under
 * {@code /__admin/requests}.
 */
@NullMarked
package io.autopilotmock.journal;

import org.jspecify.annotations.NullMarked;
