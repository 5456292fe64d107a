package io.autopilotmock.events;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import io.autopilotmock.events.DeliveryRepository.Claimed;
import io.autopilotmock.events.DeliveryShares.Handout;
import io.autopilotmock.twilio.AutopilotMockProperties;

import org.springframework.context.SmartLifecycle;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Moves deliveries from the outbox to the workers, only as many as the workers and their
 * queue can take, so a backlog waits in the database, never in memory, and never on an
 * API thread. Two ways lead there:
 * <ul>
 * <li>A trigger {@linkplain #reserve reserves} room for each delivery due at once,
 * records it already leased to this instance and, once committed, {@linkplain #handOut
 * hands it out}: to a worker, or to wait in memory behind its account's or its webhook's
 * share (see {@link DeliveryShares}). The common case costs no claim at all. Only the
 * first delivery of a dialogue to a webhook goes this way: the next ones wait for it to
 * end, in the outbox.</li>
 * <li>Rows recorded without a lease (no room among the workers and their queue, or
 * delayed) wait for the dispatcher thread, which claims due rows (leases them, in a short
 * transaction of their own). A trigger that left such rows wakes it at once, and so does
 * every delivery that finishes while some may wait, since it frees a worker and its
 * webhook's share: a delivery held back waits for no poll. The poll is the safety net,
 * for delayed rows, rows another instance freed or whose lease ran out, because the
 * instance sending them died: those are claimed again, at least once.</li>
 * </ul>
 */
@Component
class DeliveryDispatcher implements SmartLifecycle {

	private static final Log log = LogFactory.getLog(DeliveryDispatcher.class);

	private static final int BATCH = 100;

	private final DeliveryRepository deliveries;

	private final DeliveryWorker worker;

	private final OutboxTransactions transactions;

	private final DataSource dataSource;

	private final AutopilotMockProperties.Events settings;

	private final String owner = UUID.randomUUID().toString();

	private final int capacity;

	/**
	 * Half the workers at most for one account, and for one webhook: the others stay free
	 * for the rest.
	 */
	private final int share;

	/** Deliveries reserved, waiting or being sent here, at most {@link #capacity}. */
	private final AtomicInteger inFlight = new AtomicInteger();

	private final DeliveryShares shares;

	private final AtomicBoolean wakeQueued = new AtomicBoolean();

	/**
	 * Whether unleased rows may be due: set by a trigger that recorded some, by the poll,
	 * and while claims find rows. Without it a finished delivery wakes nobody.
	 */
	private final AtomicBoolean mayBeDue = new AtomicBoolean(true);

	private @Nullable ThreadPoolTaskExecutor workers;

	private @Nullable ThreadPoolTaskScheduler dispatcher;

	private @Nullable ScheduledFuture<?> polling;

	DeliveryDispatcher(DeliveryRepository deliveries, DeliveryWorker worker, OutboxTransactions transactions,
			DataSource dataSource, AutopilotMockProperties properties) {
		this.deliveries = deliveries;
		this.worker = worker;
		this.transactions = transactions;
		this.dataSource = dataSource;
		this.settings = properties.events();
		this.capacity = this.settings.workers() + this.settings.queueCapacity();
		this.share = Math.max(1, this.settings.workers() / 2);
		// Half the room in memory at most for one account's waiting deliveries.
		this.shares = new DeliveryShares(this.settings.workers(), this.share, this.share,
				Math.max(1, this.capacity / 2));
	}

	/**
	 * A claim on a delivery, recorded with it: whose it is and until when (epoch ms). One
	 * that waits in memory is recorded under an owner of its own. If its turn comes by
	 * {@code startBy}, what is left of the lease still covers its total time and half the
	 * margin, and it is sent under that lease; later, the worker first takes the lease
	 * over: if it ran out meanwhile and a claim took the row, that owner has changed, and
	 * the row is not sent twice.
	 */
	record Lease(String owner, long until, long startBy, String accountSid, String webhookSid,
			DeliveryShares.Slot slot) {

	}

	/**
	 * Reserves room here for a delivery of this account's webhook, due now: when it
	 * returns a lease, record the delivery with it, then {@linkplain #handOut hand it
	 * out}, or {@linkplain #release release} the room if the recording failed.
	 * @return the lease, or {@code null} when the workers and their queue are full, or
	 * the account has its share of them waiting
	 */
	@Nullable Lease reserve(String accountSid, String webhookSid, int totalMs) {
		if (!isRunning()) {
			return null;
		}
		if (this.inFlight.incrementAndGet() > this.capacity) {
			this.inFlight.decrementAndGet();
			return null;
		}
		DeliveryShares.Slot slot = this.shares.reserve(accountSid, webhookSid);
		if (slot == null) {
			this.inFlight.decrementAndGet();
			return null;
		}
		String leaseOwner = (slot == DeliveryShares.Slot.SEND) ? this.owner : UUID.randomUUID().toString();
		long now = System.currentTimeMillis();
		long margin = this.settings.leaseMargin().toMillis();
		return new Lease(leaseOwner, now + totalMs + margin, now + margin / 2, accountSid, webhookSid, slot);
	}

	/** Gives back the room of deliveries reserved but not recorded. */
	void release(Collection<Lease> leases) {
		for (Lease lease : leases) {
			this.inFlight.decrementAndGet();
			start(this.shares.cancel(lease.accountSid(), lease.webhookSid(), lease.slot()));
		}
	}

	/** Sends a delivery recorded with a lease from {@link #reserve}, once committed. */
	void handOut(Delivery delivery, Lease lease) {
		if (lease.slot() == DeliveryShares.Slot.SEND) {
			start(Handout.leased(delivery));
			return;
		}
		Handout handout = new Handout(delivery, lease.owner(), lease.startBy());
		if (this.shares.arrived(handout)) {
			start(handout);
		}
	}

	/**
	 * Unleased rows were recorded: looks for due deliveries now, rather than at the next
	 * poll.
	 */
	void recorded() {
		this.mayBeDue.set(true);
		wake();
	}

	private void wake() {
		ThreadPoolTaskScheduler scheduler = this.dispatcher;
		if (scheduler != null && this.wakeQueued.compareAndSet(false, true)) {
			try {
				scheduler.execute(() -> {
					this.wakeQueued.set(false);
					dispatch();
				});
			}
			catch (TaskRejectedException ex) {
				// Stopping: a worker that finished last has nothing left to wake.
				this.wakeQueued.set(false);
			}
		}
	}

	/** Claims and hands out due deliveries while there is room. Runs on one thread. */
	void dispatch() {
		try {
			while (isRunning()) {
				int room = this.capacity - this.inFlight.get();
				if (room <= 0) {
					return;
				}
				int limit = Math.min(room, BATCH);
				long now = System.currentTimeMillis();
				// Cleared before the read, so that a row recorded meanwhile sets it
				// again.
				this.mayBeDue.set(false);
				List<Delivery> taken = new ArrayList<>();
				Claimed claimed;
				try {
					claimed = this.transactions.execute((status) -> this.deliveries.claim(limit, this.share, this.owner,
							now, this.settings.leaseMargin().toMillis(), (delivery) -> take(delivery, taken)));
				}
				catch (RuntimeException ex) {
					// Not leased: the slots taken for them are free again.
					taken.forEach((delivery) -> start(ended(delivery)));
					throw ex;
				}
				if (claimed == null || claimed.taken().isEmpty()) {
					if (this.shares.anyAtShare() || this.deliveries.anyHeldBack(now)) {
						// Rows held back by a share, or behind an earlier delivery of
						// their
						// dialogue to their webhook, are due when a delivery ends.
						this.mayBeDue.set(true);
					}
					return;
				}
				this.mayBeDue.set(true);
				for (Delivery delivery : claimed.taken()) {
					start(Handout.leased(delivery));
				}
				if (claimed.offered() < limit) {
					return;
				}
			}
		}
		catch (RuntimeException ex) {
			log.warn(
					"Cannot read the outbox, trying again in " + this.settings.pollInterval() + ": " + ex.getMessage());
		}
	}

	/** Takes a slot here for a delivery the outbox offers, if its shares have room. */
	private boolean take(Delivery delivery, List<Delivery> taken) {
		if (!this.shares.claim(delivery.accountSid(), delivery.webhookSid())) {
			return false;
		}
		this.inFlight.incrementAndGet();
		taken.add(delivery);
		return true;
	}

	private void poll() {
		this.mayBeDue.set(true);
		dispatch();
	}

	/** Gives a worker the delivery; stopping, it is left to its lease running out. */
	private void start(@Nullable Handout handout) {
		for (Handout next = handout; next != null;) {
			ThreadPoolTaskExecutor pool = this.workers;
			try {
				if (pool == null) {
					throw new TaskRejectedException("The dispatcher has stopped");
				}
				Handout sent = next;
				pool.execute(() -> send(sent));
				return;
			}
			catch (TaskRejectedException ex) {
				next = ended(next.delivery());
			}
		}
	}

	/**
	 * Sends the delivery, then those that waited behind it for its webhook's share, on
	 * this worker.
	 */
	private void send(Handout handout) {
		for (Handout next = handout; next != null;) {
			try {
				String waitedAs = next.waitedAs();
				if (waitedAs == null || !next.mustTakeOver(System.currentTimeMillis())
						|| takenOver(next.delivery(), waitedAs)) {
					this.worker.deliver(next.delivery());
				}
			}
			finally {
				next = ended(next.delivery());
			}
		}
		if (this.mayBeDue.get()) {
			wake();
		}
	}

	private boolean takenOver(Delivery delivery, String waitedAs) {
		try {
			return this.deliveries.takeOver(delivery.id(), waitedAs, this.owner, System.currentTimeMillis(),
					this.settings.leaseMargin().toMillis());
		}
		catch (RuntimeException ex) {
			log.warn("Delivery " + delivery.id() + " not sent now, it will be when its claim runs out: "
					+ ex.getMessage());
			return false;
		}
	}

	/**
	 * @return the delivery that takes over its slot
	 */
	private @Nullable Handout ended(Delivery delivery) {
		this.inFlight.decrementAndGet();
		return this.shares.ended(delivery.accountSid(), delivery.webhookSid());
	}

	@Override
	public void start() {
		if (soleProcess()) {
			Integer released = this.transactions.execute((status) -> this.deliveries.releaseLeases());
			if (released != null && released > 0) {
				log.info("Sending again " + released + " deliveries that were in flight when the process stopped");
			}
		}
		ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();
		pool.setCorePoolSize(this.settings.workers());
		pool.setMaxPoolSize(this.settings.workers());
		// What waits is bounded before it gets here: nothing is handed to the pool beyond
		// the capacity. A worker counts its delivery as ended just before its thread is
		// free again, so the pool's own queue has room for the whole capacity: a queue of
		// queue-capacity alone refused deliveries in that instant.
		pool.setQueueCapacity(this.capacity);
		pool.setThreadNamePrefix("delivery-");
		pool.setWaitForTasksToCompleteOnShutdown(false);
		pool.initialize();
		ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
		scheduler.setPoolSize(1);
		scheduler.setThreadNamePrefix("delivery-dispatch-");
		scheduler.initialize();
		this.workers = pool;
		this.dispatcher = scheduler;
		this.polling = scheduler.scheduleWithFixedDelay(this::poll, this.settings.pollInterval());
	}

	@Override
	public void stop() {
		ScheduledFuture<?> poll = this.polling;
		if (poll != null) {
			poll.cancel(false);
		}
		if (this.dispatcher != null) {
			this.dispatcher.shutdown();
		}
		if (this.workers != null) {
			// Deliveries in flight keep their lease and are sent again after it runs out.
			this.workers.shutdown();
		}
		this.polling = null;
		this.dispatcher = null;
		this.workers = null;
	}

	@Override
	public boolean isRunning() {
		return this.workers != null;
	}

	/**
	 * Whether no other process can share this database: an H2 file is opened by one
	 * process at a time, so a lease found at start-up was this process's before it died
	 * and need not be waited out. In-memory H2 is shared by every application context of
	 * a test run, and PostgreSQL by every instance.
	 */
	private boolean soleProcess() {
		try (Connection connection = this.dataSource.getConnection()) {
			return connection.getMetaData().getURL().startsWith("jdbc:h2:file:");
		}
		catch (SQLException ex) {
			return false;
		}
	}

}
