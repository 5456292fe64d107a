package io.autopilotmock.observability;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.DispatcherType;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * The API request filter, ahead of every other filter so that its duration is the whole
 * request's. With the log and the metrics both off there is no filter at all.
 */
@Configuration(proxyBeanMethods = false)
class ObservabilityConfiguration {

	@Bean
	FilterRegistrationBean<ApiRequestFilter> apiRequestFilter(ObservabilityProperties properties,
			ObjectProvider<MeterRegistry> registry, Environment environment) {
		boolean metrics = properties.metrics().prometheus();
		// Only a structured log reads the line's fields from the MDC.
		boolean structured = environment.containsProperty("logging.structured.format.console")
				|| environment.containsProperty("logging.structured.format.file");
		ApiRequestFilter filter = new ApiRequestFilter(properties.requestLog(), structured,
				metrics ? registry.getIfAvailable() : null);
		FilterRegistrationBean<ApiRequestFilter> registration = new FilterRegistrationBean<>(filter);
		registration.addUrlPatterns("/v1/*");
		// A request a fault delayed reaches the application in an asynchronous dispatch.
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		registration.setEnabled(properties.requestLog() || metrics);
		return registration;
	}

}
