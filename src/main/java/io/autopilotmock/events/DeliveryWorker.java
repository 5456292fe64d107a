package io.autopilotmock.events;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import io.autopilotmock.events.DeliverySender.Sent;

import org.springframework.stereotype.Component;

/**
 * Sends one claimed delivery to the end: attempts while its overrides allow a retry and
 * its total time lasts, each recorded as it ends, the last with the delivery's final
 * state. No transaction or connection is held while a request is out: each write is a
 * statement of its own.
 */
@Component
class DeliveryWorker {

	/** The pause before the first retry; it doubles before each next one. */
	static final long FIRST_RETRY_PAUSE_MS = 100;

	private static final Log log = LogFactory.getLog(DeliveryWorker.class);

	private final DeliveryRepository deliveries;

	private final DeliverySender sender;

	private final DeliveryWaiter waiter;

	private final MeterRegistry meters;

	/**
	 * The timer of each outcome (a status class or a failure: a handful), found in the
	 * registry once rather than on every attempt.
	 */
	private final Map<String, Timer> timers = new ConcurrentHashMap<>();

	DeliveryWorker(DeliveryRepository deliveries, DeliverySender sender, DeliveryWaiter waiter, MeterRegistry meters) {
		this.deliveries = deliveries;
		this.sender = sender;
		this.waiter = waiter;
		this.meters = meters;
	}

	void deliver(Delivery delivery) {
		ConnectionOverrides overrides = ConnectionOverrides.of(delivery.webhookUrl());
		OutboundRequest request = delivery.request();
		long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(overrides.totalMs());
		try {
			for (int attempt = 0;; attempt++) {
				long start = System.nanoTime();
				Sent sent = this.sender.send(request, overrides, deadline);
				measure(sent, System.nanoTime() - start);
				long pause = FIRST_RETRY_PAUSE_MS << attempt;
				boolean retried = sent.failure() != null && attempt < overrides.retries()
						&& overrides.retries(sent.failure())
						&& System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(pause) < deadline;
				retried = retried && !sent.refused();
				String finalState = (retried) ? null : finalState(sent);
				if (!this.deliveries.record(delivery.id(), sent.attempt(), finalState)) {
					return;
				}
				DeliveryOutcomes.attempted(delivery, sent.attempt(), finalState, attempt + 1);
				if (!retried) {
					return;
				}
				Thread.sleep(pause);
			}
		}
		catch (InterruptedException ex) {
			// Shutting down: the lease runs out and the delivery is sent again.
			Thread.currentThread().interrupt();
		}
		catch (RuntimeException ex) {
			log.warn("Delivery " + delivery.id() + " not recorded, it will be sent again when its claim runs out: "
					+ ex.getMessage());
		}
		finally {
			this.waiter.deliveryFinished();
		}
	}

	private static String finalState(Sent sent) {
		if (sent.refused()) {
			return Delivery.REFUSED;
		}
		return (sent.failure() == null) ? Delivery.DELIVERED : Delivery.FAILED;
	}

	private void measure(Sent sent, long nanos) {
		Integer status = sent.attempt().status();
		String outcome = (status != null) ? (status / 100) + "xx" : sent.attempt().outcome();
		this.timers
			.computeIfAbsent(outcome,
					(name) -> Timer.builder("autopilot.deliveries")
						.description("Requests sent to event webhooks, by outcome")
						.tag("outcome", name)
						.register(this.meters))
			.record(nanos, TimeUnit.NANOSECONDS);
	}

}
