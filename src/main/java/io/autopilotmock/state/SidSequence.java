package io.autopilotmock.state;

import java.util.Collection;
import java.util.List;

import io.autopilotmock.admin.ResetDone;
import io.autopilotmock.twilio.SeededSidGenerator;
import io.autopilotmock.twilio.SidGenerator;
import io.autopilotmock.twilio.StoredSids;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps a seeded SID sequence clear of the SIDs the store holds: it continues after every
 * stored SID it minted (a restart of a file or PostgreSQL store, an import), and starts
 * over once a reset has emptied every account, so that the same calls after a reset get
 * the same SIDs. Random SIDs need none of this.
 */
@Component
class SidSequence {

	private final SidGenerator sids;

	private final List<StoredSids> stored;

	SidSequence(SidGenerator sids, List<StoredSids> stored) {
		this.sids = sids;
		this.stored = stored;
	}

	/** Continues after every SID stored: assistants', webhooks', dialogues'. */
	void continueAfterStored() {
		if (this.sids instanceof SeededSidGenerator seeded) {
			this.stored.forEach((feature) -> feature.sids().forEach(seeded::continueAfter));
		}
	}

	void continueAfter(Collection<String> stored) {
		if (this.sids instanceof SeededSidGenerator seeded) {
			stored.forEach(seeded::continueAfter);
		}
	}

	@EventListener
	void reset(ResetDone done) {
		if (done.scope().isAll() && this.sids instanceof SeededSidGenerator seeded) {
			seeded.restart();
			// Whatever a request in flight wrote after the reset's delete.
			continueAfterStored();
		}
	}

}
