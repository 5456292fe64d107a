package io.autopilotmock.assistant;

import io.autopilotmock.twilio.Account;
import io.autopilotmock.twilio.AutopilotMockProperties;
import io.autopilotmock.twilio.FixedClockConfiguration;
import io.autopilotmock.twilio.ResourceNotFoundException;
import io.autopilotmock.twilio.SequentialSidGenerator;
import io.autopilotmock.twilio.TwilioDates;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase.Replace;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Resolving {@code {AssistantSid}} with auto-creation switched off: Twilio's 404.
 */
@DataJpaTest(properties = "autopilot-mock.auto-create-assistants=false")
@AutoConfigureTestDatabase(replace = Replace.NONE)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@EnableConfigurationProperties(AutopilotMockProperties.class)
@ImportAutoConfiguration(ValidationAutoConfiguration.class)
@Import({ AssistantService.class, AssistantRules.class, TwilioDates.class, FixedClockConfiguration.class,
		SequentialSidGenerator.class })
class AssistantServiceTests {

	// An account no other test uses: the database may be shared with other test classes.
	private static final Account ACCOUNT = new Account("AC" + "5e7f".repeat(8));

	@Autowired
	AssistantService service;

	@Autowired
	AssistantRepository repository;

	@Test
	void unknownSidShouldBeNotFoundWhenAutoCreateIsOff() {
		assertThatExceptionOfType(ResourceNotFoundException.class)
			.isThrownBy(() -> this.service.resolve(ACCOUNT, "UA0123456789abcdef0123456789abcdef"));
		assertThat(this.repository.findBySid(ACCOUNT.sid(), "UA0123456789abcdef0123456789abcdef")).isEmpty();
	}

	@Test
	void knownAssistantShouldResolveBySidAndUniqueName() {
		Assistant saved = this.repository.save(new Assistant("UA0123456789abcdef0123456789abcd01", ACCOUNT.sid(),
				"Friendly", "the-bot", FixedClockConfiguration.NOW));
		try {
			assertThat(this.service.resolve(ACCOUNT, "UA0123456789ABCDEF0123456789ABCD01").id()).isEqualTo(saved.id());
			assertThat(this.service.resolve(ACCOUNT, "the-bot").id()).isEqualTo(saved.id());
			assertThatExceptionOfType(ResourceNotFoundException.class)
				.isThrownBy(() -> this.service.resolve(new Account("AC11111111111111111111111111111111"), "the-bot"));
		}
		finally {
			this.repository.delete(saved);
		}
	}

}
