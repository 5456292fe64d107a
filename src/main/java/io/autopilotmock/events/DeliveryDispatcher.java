package io.autopilotmock.events;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import io.autopilotmock.twilio.AutopilotMockProperties;

import org.springframework.context.SmartLifecycle;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Moves deliveries from the outbox to the workers. One dispatcher thread claims due rows
 * (leases them, in a short transaction of their own) only as many as the workers and
 * their queue can take, so a backlog waits in the database, never in memory, and never on
 * an API thread. A trigger wakes it at once, and so does every delivery that finishes,
 * since it frees a worker and its webhook's share: a delivery held back waits for no
 * poll. The poll is the safety net, for rows another instance freed or whose lease ran
 * out, because the instance sending them died: those are claimed again, at least once.
 */
@Component
class DeliveryDispatcher implements SmartLifecycle {

	private static final Log log = LogFactory.getLog(DeliveryDispatcher.class);

	private static final int BATCH = 100;

	private final DeliveryRepository deliveries;

	private final DeliveryWorker worker;

	private final TransactionOperations transactions;

	private final DataSource dataSource;

	private final AutopilotMockProperties.Events settings;

	private final String owner = UUID.randomUUID().toString();

	private final int capacity;

	/** Half the workers at most for one webhook: the others stay free for the rest. */
	private final int perWebhook;

	private final AtomicInteger inFlight = new AtomicInteger();

	private final AtomicBoolean wakeQueued = new AtomicBoolean();

	private @Nullable ThreadPoolTaskExecutor workers;

	private @Nullable ThreadPoolTaskScheduler dispatcher;

	private @Nullable ScheduledFuture<?> polling;

	DeliveryDispatcher(DeliveryRepository deliveries, DeliveryWorker worker, TransactionOperations transactions,
			DataSource dataSource, AutopilotMockProperties properties) {
		this.deliveries = deliveries;
		this.worker = worker;
		this.transactions = transactions;
		this.dataSource = dataSource;
		this.settings = properties.events();
		this.capacity = this.settings.workers() + this.settings.queueCapacity();
		this.perWebhook = Math.max(1, this.settings.workers() / 2);
	}

	/** Looks for due deliveries now, rather than at the next poll. */
	void wake() {
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
		ThreadPoolTaskExecutor pool = this.workers;
		try {
			while (pool != null && isRunning()) {
				int room = this.capacity - this.inFlight.get();
				if (room <= 0) {
					return;
				}
				int limit = Math.min(room, BATCH);
				long now = System.currentTimeMillis();
				List<Delivery> claimed = this.transactions.execute((status) -> this.deliveries.claim(limit,
						this.perWebhook, this.owner, now, this.settings.leaseMargin().toMillis()));
				if (claimed == null || claimed.isEmpty()) {
					return;
				}
				for (Delivery delivery : claimed) {
					this.inFlight.incrementAndGet();
					pool.execute(() -> send(delivery));
				}
				if (claimed.size() < limit) {
					return;
				}
			}
		}
		catch (RuntimeException ex) {
			log.warn(
					"Cannot read the outbox, trying again in " + this.settings.pollInterval() + ": " + ex.getMessage());
		}
	}

	private void send(Delivery delivery) {
		try {
			this.worker.deliver(delivery);
		}
		finally {
			this.inFlight.decrementAndGet();
			wake();
		}
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
		pool.setQueueCapacity(this.settings.queueCapacity());
		pool.setThreadNamePrefix("delivery-");
		pool.setWaitForTasksToCompleteOnShutdown(false);
		pool.initialize();
		ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
		scheduler.setPoolSize(1);
		scheduler.setThreadNamePrefix("delivery-dispatch-");
		scheduler.initialize();
		this.workers = pool;
		this.dispatcher = scheduler;
		this.polling = scheduler.scheduleWithFixedDelay(this::dispatch, this.settings.pollInterval());
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
