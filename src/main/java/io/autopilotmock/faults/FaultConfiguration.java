package io.autopilotmock.faults;

import tools.jackson.databind.json.JsonMapper;

import io.autopilotmock.twilio.AccountResolver;

import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Puts the fault valve in the web application's pipeline, inside the journal's, so that
 * faulted requests are journaled too.
 */
@Configuration(proxyBeanMethods = false)
class FaultConfiguration {

	@Bean
	TomcatContextCustomizer faultValve(FaultRegistry faults, AccountResolver accounts, JsonMapper json,
			FaultDelays delays) {
		return (context) -> context.getPipeline().addValve(new FaultValve(faults, accounts, json, delays));
	}

}
