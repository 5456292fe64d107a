package io.autopilotmock.webhook;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.stereotype.Component;

/**
 * {@code autopilot.store.webhooks}: the webhooks stored, all accounts together. Counted
 * when a registry reads it (a Prometheus scrape), never on a request.
 */
@Component
class WebhookMetrics implements MeterBinder {

	private final WebhookRepository webhooks;

	WebhookMetrics(WebhookRepository webhooks) {
		this.webhooks = webhooks;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("autopilot.store.webhooks", this.webhooks, WebhookRepository::count)
			.description("Webhooks stored, all accounts together")
			.register(registry);
	}

}
