package io.autopilotmock.journal;

import java.time.Clock;

import io.autopilotmock.twilio.AccountResolver;

import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Puts the journal's valve first in Tomcat's engine, unless the journal is turned off
 * ({@code autopilot-mock.journal.size=0}): then requests cost nothing to it.
 */
@Configuration(proxyBeanMethods = false)
class JournalConfiguration {

	@Bean
	WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> journalValve(RequestJournal journal,
			AccountResolver accounts, Clock clock) {
		return (factory) -> {
			if (journal.enabled()) {
				factory.addEngineValves(new JournalValve(journal, accounts, clock));
			}
		};
	}

}
