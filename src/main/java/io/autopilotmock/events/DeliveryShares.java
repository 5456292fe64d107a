package io.autopilotmock.events;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * This instance's deliveries by account and by webhook: how many are being sent, and
 * which wait in memory for one of those to end. An account gets at most its share of the
 * workers, and so does each webhook within it, so that neither one account's silent
 * receivers nor one silent receiver can take them all: another account's delivery finds a
 * free worker, or waits for no more than one delivery to end. As many deliveries as an
 * account's memory share allows may wait here behind those being sent, already leased, so
 * that a busy webhook's next deliveries need no claim from the outbox; the account's next
 * ones wait in the database. Waiting deliveries go in the order they arrived, each when
 * its account and its webhook have a slot. An account with nothing reserved, sent or
 * waiting has no entry. Each method does a few map operations under the one lock.
 */
final class DeliveryShares {

	/** What a reservation got. */
	enum Slot {

		/** Sent as soon as it is recorded. */
		SEND,

		/** Recorded, then waits in memory for one of its account's deliveries to end. */
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

	private final int workers;

	private final int accountShare;

	private final int webhookShare;

	private final int accountWaiting;

	private final Map<String, Load> loads = new HashMap<>();

	/** Deliveries being sent, all accounts together: never more than the workers. */
	private int sending;

	/**
	 * @param workers how many deliveries may be sent at once in all: a delivery that
	 * would wait for a worker waits here instead, where its lease is checked before it is
	 * sent, never in the workers' queue
	 * @param accountShare how many of an account's deliveries may be sent at once
	 * @param webhookShare how many of one webhook's
	 * @param accountWaiting how many of an account's may wait here
	 */
	DeliveryShares(int workers, int accountShare, int webhookShare, int accountWaiting) {
		this.workers = workers;
		this.accountShare = accountShare;
		this.webhookShare = webhookShare;
		this.accountWaiting = accountWaiting;
	}

	/**
	 * @return how the delivery goes, or {@code null} when its account has its memory
	 * share waiting already: the delivery is then left to the outbox
	 */
	synchronized @Nullable Slot reserve(String accountSid, String webhookSid) {
		Load load = this.loads.computeIfAbsent(accountSid, (sid) -> new Load());
		if (load.mayStart(webhookSid)) {
			load.start(webhookSid);
			return Slot.SEND;
		}
		if (load.reservedToWait + load.waiting.size() >= this.accountWaiting) {
			forgetIfIdle(accountSid, load);
			return null;
		}
		load.reservedToWait++;
		return Slot.WAIT;
	}

	/**
	 * Gives back a reservation whose delivery was not recorded.
	 * @return a waiting delivery that takes the freed slot, to be sent now
	 */
	synchronized @Nullable Handout cancel(String accountSid, String webhookSid, Slot slot) {
		Load load = this.loads.get(accountSid);
		if (load == null) {
			return null;
		}
		if (slot == Slot.WAIT) {
			load.reservedToWait--;
			forgetIfIdle(accountSid, load);
			return null;
		}
		return ended(accountSid, webhookSid);
	}

	/**
	 * A delivery reserved to wait has been recorded.
	 * @return whether it is to be sent now, because a slot was freed meanwhile; otherwise
	 * it waits, and {@link #ended} hands it out
	 */
	synchronized boolean arrived(Handout handout) {
		Delivery delivery = handout.delivery();
		Load load = this.loads.computeIfAbsent(delivery.accountSid(), (sid) -> new Load());
		load.reservedToWait = Math.max(0, load.reservedToWait - 1);
		if (load.mayStart(delivery.webhookSid())) {
			load.start(delivery.webhookSid());
			return true;
		}
		load.waiting.add(handout);
		return false;
	}

	/**
	 * Takes a slot for a delivery the outbox offers, if its account and its webhook have
	 * one free.
	 * @return whether it is to be claimed and sent now; otherwise it stays in the outbox
	 */
	synchronized boolean claim(String accountSid, String webhookSid) {
		Load load = this.loads.computeIfAbsent(accountSid, (sid) -> new Load());
		if (load.mayStart(webhookSid)) {
			load.start(webhookSid);
			return true;
		}
		forgetIfIdle(accountSid, load);
		return false;
	}

	/**
	 * A delivery of this account's webhook ended, or will not be sent here.
	 * @return the first delivery waiting for which a slot is now free, which takes it
	 */
	synchronized @Nullable Handout ended(String accountSid, String webhookSid) {
		Load load = this.loads.get(accountSid);
		if (load == null) {
			return null;
		}
		load.end(webhookSid);
		Handout next = next(load);
		if (next == null) {
			// The freed worker may serve another account that waited for one.
			for (Load other : this.loads.values()) {
				next = (other != load) ? next(other) : null;
				if (next != null) {
					break;
				}
			}
		}
		forgetIfIdle(accountSid, load);
		return next;
	}

	/** Starts the first of the account's waiting deliveries that may go now, if any. */
	private @Nullable Handout next(Load load) {
		for (Iterator<Handout> waiting = load.waiting.iterator(); waiting.hasNext();) {
			Handout next = waiting.next();
			String webhook = next.delivery().webhookSid();
			if (load.mayStart(webhook)) {
				waiting.remove();
				load.start(webhook);
				return next;
			}
		}
		return null;
	}

	/**
	 * Whether an account or a webhook has all its share in flight, so that rows of it may
	 * be held back in the outbox.
	 */
	synchronized boolean anyAtShare() {
		return this.sending >= this.workers || this.loads.values().stream().anyMatch(Load::atShare);
	}

	private void forgetIfIdle(String accountSid, Load load) {
		if (load.sending == 0 && load.reservedToWait == 0 && load.waiting.isEmpty()) {
			this.loads.remove(accountSid);
		}
	}

	private final class Load {

		private int sending;

		private final Map<String, Integer> sendingByWebhook = new HashMap<>();

		private int reservedToWait;

		private final ArrayDeque<Handout> waiting = new ArrayDeque<>();

		boolean mayStart(String webhookSid) {
			return DeliveryShares.this.sending < DeliveryShares.this.workers
					&& this.sending < DeliveryShares.this.accountShare
					&& this.sendingByWebhook.getOrDefault(webhookSid, 0) < DeliveryShares.this.webhookShare;
		}

		void start(String webhookSid) {
			DeliveryShares.this.sending++;
			this.sending++;
			this.sendingByWebhook.merge(webhookSid, 1, Integer::sum);
		}

		void end(String webhookSid) {
			Integer sent = this.sendingByWebhook.get(webhookSid);
			if (sent == null) {
				return;
			}
			DeliveryShares.this.sending--;
			this.sending--;
			if (sent == 1) {
				this.sendingByWebhook.remove(webhookSid);
			}
			else {
				this.sendingByWebhook.put(webhookSid, sent - 1);
			}
		}

		boolean atShare() {
			return this.sending >= DeliveryShares.this.accountShare || this.sendingByWebhook.values()
				.stream()
				.anyMatch((sent) -> sent >= DeliveryShares.this.webhookShare);
		}

	}

}
