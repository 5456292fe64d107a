package io.autopilotmock.twilio;

/**
 * Mints resource SIDs: a two-letter prefix and 32 lowercase hex digits. An interface so
 * that tests can mint predictable SIDs.
 */
public interface SidGenerator {

	String next(SidPrefix prefix);

}
