package io.autopilotmock.twilio;

import org.apache.catalina.core.StandardHost;

import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tomcat answers some malformed requests itself; make it answer them in Twilio's shape.
 */
@Configuration(proxyBeanMethods = false)
class TomcatConfiguration {

	@Bean
	TomcatContextCustomizer twilioErrorReport() {
		return (context) -> {
			if (context.getParent() instanceof StandardHost host) {
				host.setErrorReportValveClass(TwilioErrorReportValve.class.getName());
			}
		};
	}

}
