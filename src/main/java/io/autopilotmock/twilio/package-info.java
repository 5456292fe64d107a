/**
 * Twilio wire conventions every emulated resource shares: SIDs, dates, the error body and
 * its catalogue, paging, accounts and settings.
 */
@NullMarked
package io.autopilotmock.twilio;

import org.jspecify.annotations.NullMarked;
