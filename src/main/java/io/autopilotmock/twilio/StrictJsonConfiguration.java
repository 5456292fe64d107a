package io.autopilotmock.twilio;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * JSON read as written: a field no record has is a 400 naming it, and a number must be a
 * JSON number ({@code "500"} and {@code 500.5} are not the status 500). Only the control
 * surface reads JSON; the API reads forms.
 */
@Configuration(proxyBeanMethods = false)
class StrictJsonConfiguration {

	@Bean
	JsonMapperBuilderCustomizer strictJson() {
		return (builder) -> builder.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
			.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS);
	}

}
