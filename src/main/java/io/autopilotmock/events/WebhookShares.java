package io.autopilotmock.events;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * This instance's deliveries by webhook: how many are being sent, and which wait in
 * memory for one of those to end. A webhook gets at most its share of the workers, so
 * that a receiver that never answers cannot take them all; as many again may wait behind
 * them, already leased, so that a busy webhook's next deliveries need no claim from the
 * outbox. A webhook with nothing reserved, sent or waiting has no entry. Each method does
 * a few map operations under the one lock.
 */
final class WebhookShares {

	/** What a reservation got. */
	enum Slot {

		/** Sent as soon as it is recorded. */
		SEND,

		/** Recorded, then waits in memory for one of its webhook's deliveries to end. */
		WAIT

	}

	/**
	 * A delivery for a worker.
	 *
	 * @param waitedAs the lease owner it was recorded with to wait, which the worker
	 * takes over before sending if it starts after {@code startBy} (epoch ms);
	 * {@code null} when its lease is this instance's already
	 */
	record Handout(Delivery delivery, @Nullable String waitedAs, long startBy) {

		static Handout leased(Delivery delivery) {
			return new Handout(delivery, null, 0);
		}

		/**
		 * Whether its worker must take its lease over before sending, at {@code now}
		 * (epoch ms): it waited past {@code startBy}.
		 */
		boolean mustTakeOver(long now) {
			return this.waitedAs != null && now > this.startBy;
		}

	}

	private final int share;

	private final Map<String, Load> loads = new HashMap<>();

	WebhookShares(int share) {
		this.share = share;
	}

	synchronized Slot reserve(String webhookSid) {
		Load load = this.loads.computeIfAbsent(webhookSid, (sid) -> new Load());
		if (load.sending < this.share) {
			load.sending++;
			return Slot.SEND;
		}
		load.reservedToWait++;
		return Slot.WAIT;
	}

	/**
	 * Gives back a reservation whose delivery was not recorded.
	 * @return a waiting delivery that takes the freed slot, to be sent now
	 */
	synchronized @Nullable Handout cancel(String webhookSid, Slot slot) {
		Load load = this.loads.get(webhookSid);
		if (load == null) {
			return null;
		}
		if (slot == Slot.WAIT) {
			load.reservedToWait--;
			forgetIfIdle(webhookSid, load);
			return null;
		}
		return ended(webhookSid);
	}

	/**
	 * A delivery reserved to wait has been recorded.
	 * @return whether it is to be sent now, because a slot was freed meanwhile; otherwise
	 * it waits, and {@link #ended} hands it out
	 */
	synchronized boolean arrived(Handout handout) {
		Load load = this.loads.computeIfAbsent(handout.delivery().webhookSid(), (sid) -> new Load());
		load.reservedToWait = Math.max(0, load.reservedToWait - 1);
		if (load.sending < this.share) {
			load.sending++;
			return true;
		}
		load.waiting.add(handout);
		return false;
	}

	/** A delivery claimed from the outbox is being sent (the claim kept to the share). */
	synchronized void claimed(String webhookSid) {
		this.loads.computeIfAbsent(webhookSid, (sid) -> new Load()).sending++;
	}

	/**
	 * A delivery of this webhook ended, or will not be sent here.
	 * @return the next delivery waiting for this webhook, which takes the freed slot
	 */
	synchronized @Nullable Handout ended(String webhookSid) {
		Load load = this.loads.get(webhookSid);
		if (load == null) {
			return null;
		}
		Handout next = load.waiting.poll();
		if (next == null) {
			load.sending = Math.max(0, load.sending - 1);
			forgetIfIdle(webhookSid, load);
		}
		return next;
	}

	/**
	 * Whether a webhook has all its share in flight, so that rows of it may be held back.
	 */
	synchronized boolean anyAtShare() {
		return this.loads.values().stream().anyMatch((load) -> load.sending >= this.share);
	}

	private void forgetIfIdle(String webhookSid, Load load) {
		if (load.sending == 0 && load.reservedToWait == 0 && load.waiting.isEmpty()) {
			this.loads.remove(webhookSid);
		}
	}

	private static final class Load {

		private int sending;

		private int reservedToWait;

		private final ArrayDeque<Handout> waiting = new ArrayDeque<>();

	}

}
