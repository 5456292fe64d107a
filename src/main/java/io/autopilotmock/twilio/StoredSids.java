package io.autopilotmock.twilio;

import java.util.List;

/**
 * The SIDs one feature stores, of every account. Each feature that mints SIDs provides
 * one as a bean, so that a seeded SID sequence continues after all of them instead of
 * minting a stored SID again.
 */
@FunctionalInterface
public interface StoredSids {

	List<String> sids();

}
