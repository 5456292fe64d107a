package io.autopilotmock.twilio;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Settings bind from properties and environment variables, and bad values stop start-up.
 */
class AutopilotMockPropertiesTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(PropertiesConfiguration.class);

	@Test
	void defaultsShouldMatchTheReadme() {
		this.runner.run((context) -> {
			AutopilotMockProperties properties = context.getBean(AutopilotMockProperties.class);
			assertThat(properties.defaultAccountSid()).isEqualTo("AC00000000000000000000000000000000");
			assertThat(properties.publicBaseUrl()).isNull();
			assertThat(properties.dateFormat()).isEqualTo(DateFormat.RFC2822);
			assertThat(properties.autoCreateAssistants()).isTrue();
			assertThat(properties.lenientEvents()).isFalse();
		});
	}

	@Test
	void environmentVariablesShouldBind() {
		Map<String, Object> env = Map.of("AUTOPILOT_MOCK_DATE_FORMAT", "iso8601", "AUTOPILOT_MOCK_DEFAULT_ACCOUNT_SID",
				"AC0123456789abcdef0123456789abcdef", "AUTOPILOT_MOCK_PUBLIC_BASE_URL", "https://mock.example.com/",
				"AUTOPILOT_MOCK_AUTO_CREATE_ASSISTANTS", "false", "AUTOPILOT_MOCK_LENIENT_EVENTS", "true");
		withEnvironment(env).run((context) -> {
			AutopilotMockProperties properties = context.getBean(AutopilotMockProperties.class);
			assertThat(properties.dateFormat()).isEqualTo(DateFormat.ISO8601);
			assertThat(properties.defaultAccountSid()).isEqualTo("AC0123456789abcdef0123456789abcdef");
			assertThat(properties.publicBaseUrl()).isEqualTo(URI.create("https://mock.example.com"));
			assertThat(properties.autoCreateAssistants()).isFalse();
			assertThat(properties.lenientEvents()).isTrue();
		});
	}

	@Test
	void badAccountSidShouldStopStartUp() {
		this.runner.withPropertyValues("autopilot-mock.default-account-sid=ACnope").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.isInstanceOf(BindValidationException.class)
				.hasMessageContaining("on field 'defaultAccountSid': rejected value [ACnope]")
				.hasMessageContaining("must be AC followed by 32 lowercase hex digits");
		});
	}

	@Test
	void unknownDateFormatShouldStopStartUp() {
		this.runner.withPropertyValues("autopilot-mock.date-format=unix").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("unix");
		});
	}

	@Test
	void relativeBaseUrlShouldStopStartUp() {
		this.runner.withPropertyValues("autopilot-mock.public-base-url=/relative").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.hasMessage(
						"autopilot-mock.public-base-url must be an absolute http(s) URL without query, but was /relative");
		});
	}

	@Test
	void baseUrlWithAQueryOrAFragmentShouldStopStartUp() {
		for (String url : List.of("https://mock.example.com/?a=b", "https://mock.example.com/#top",
				"ftp://mock.example.com")) {
			this.runner.withPropertyValues("autopilot-mock.public-base-url=" + url).run((context) -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).rootCause()
					.hasMessage("autopilot-mock.public-base-url must be an absolute http(s) URL without query, but was "
							+ url);
			});
		}
	}

	@Test
	void authModeAndCredentialsShouldBindFromTheEnvironment() {
		Map<String, Object> env = Map.of("AUTOPILOT_MOCK_AUTH_MODE", "strict", "AUTOPILOT_MOCK_AUTH_CREDENTIALS",
				"AC0123456789abcdef0123456789abcdef:token,SK0123456789abcdef0123456789abcdef:secret:"
						+ "AC0123456789abcdef0123456789abcdef");
		withEnvironment(env).withUserConfiguration(AccountResolver.class).run((context) -> {
			AutopilotMockProperties.Auth auth = context.getBean(AutopilotMockProperties.class).auth();
			assertThat(auth.mode()).isEqualTo(AuthMode.STRICT);
			assertThat(auth.credentials()).hasSize(2);
			assertThat(auth.toString()).doesNotContain("token").doesNotContain("secret");
			// The bound settings, which live as long as the process, hold API-key secrets
			// as digests only (an account's auth token is kept: it signs event webhooks).
			assertThat(String.join(",", auth.credentials())).doesNotContain("secret");
			assertThat(
					context.getBean(AccountResolver.class).resolve(basic("AC0123456789abcdef0123456789abcdef:token")))
				.isEqualTo(new Account("AC0123456789abcdef0123456789abcdef"));
		});
	}

	@Test
	void malformedCredentialsShouldStopStartUpWithoutShowingTheSecret() {
		this.runner.withUserConfiguration(AccountResolver.class)
			.withPropertyValues("autopilot-mock.auth.credentials=AC0123456789abcdef0123456789abcdef:ok,ACbad:hunter2")
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).rootCause()
					.hasMessage("autopilot-mock.auth.credentials entry 2 of 2 is malformed: "
							+ "expected ACsid:authToken or SKsid:secret:ACsid with 32-hex-digit SIDs");
			});
	}

	@Test
	void journalSizeShouldDefaultTo1000AndBindFromTheEnvironment() {
		this.runner.run((context) -> assertThat(context.getBean(AutopilotMockProperties.class).journal().size())
			.isEqualTo(1000));
		withEnvironment(Map.of("AUTOPILOT_MOCK_JOURNAL_SIZE", "0"))
			.run((context) -> assertThat(context.getBean(AutopilotMockProperties.class).journal().size()).isZero());
	}

	@Test
	void negativeJournalSizeShouldStopStartUp() {
		this.runner.withPropertyValues("autopilot-mock.journal.size=-1").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.isInstanceOf(BindValidationException.class)
				.hasMessageContaining("on field 'journal.size': rejected value [-1]")
				.hasMessageContaining("must be 0 to 100000");
		});
	}

	private static MockHttpServletRequest basic(String credentials) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.addHeader("Authorization",
				"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
		return request;
	}

	/** The runner with these variables as the process environment, as Boot maps it. */
	private ApplicationContextRunner withEnvironment(Map<String, Object> env) {
		return this.runner.withInitializer((context) -> context.getEnvironment()
			.getPropertySources()
			.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, new SystemEnvironmentPropertySource(
					StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, env)));
	}

	@EnableConfigurationProperties(AutopilotMockProperties.class)
	static class PropertiesConfiguration {

	}

}
