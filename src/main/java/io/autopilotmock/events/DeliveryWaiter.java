package io.autopilotmock.events;

import java.util.Collection;
import java.util.concurrent.TimeUnit;

import org.springframework.stereotype.Component;

/**
 * Lets a trigger with {@code wait} answer when its deliveries have finished. It reads
 * their states, woken as soon as a worker of this instance finishes one, and at least
 * every 100 ms for those another instance sends.
 */
@Component
class DeliveryWaiter {

	private static final long POLL_MS = 100;

	private final DeliveryRepository deliveries;

	private final Object finished = new Object();

	DeliveryWaiter(DeliveryRepository deliveries) {
		this.deliveries = deliveries;
	}

	/** Waits until none of the deliveries is pending, or the time is up. */
	void await(Collection<Long> ids, long timeoutMs) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
		while (this.deliveries.countPending(ids) > 0) {
			long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
			if (left <= 0) {
				return;
			}
			synchronized (this.finished) {
				this.finished.wait(Math.min(left, POLL_MS));
			}
		}
	}

	void deliveryFinished() {
		synchronized (this.finished) {
			this.finished.notifyAll();
		}
	}

}
