package io.autopilotmock.assistant;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.stereotype.Component;

/**
 * {@code autopilot.store.assistants}: the assistants stored, all accounts together.
 * Counted when a registry reads it (a Prometheus scrape), never on a request.
 */
@Component
class AssistantMetrics implements MeterBinder {

	private final AssistantRepository assistants;

	AssistantMetrics(AssistantRepository assistants) {
		this.assistants = assistants;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("autopilot.store.assistants", this.assistants, AssistantRepository::count)
			.description("Assistants stored, all accounts together")
			.register(registry);
	}

}
