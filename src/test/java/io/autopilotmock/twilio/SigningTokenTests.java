package io.autopilotmock.twilio;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Which key signs an account's event webhooks: its configured auth token; else, in open
 * mode, the password it last presented; else the signing-token setting. The resolver
 * remembers what each header resolved to, and these show that it answers the same.
 */
class SigningTokenTests {

	private static final String CONFIGURED = "AC0123456789abcdef0123456789abcdef";

	private static final String KEY = "SK0123456789abcdef0123456789abcdef";

	private static final String OTHER = "AC2222222222222222222222222222aaaa";

	private static final String ENTRIES = CONFIGURED + ":the-auth-token," + KEY + ":key-secret:" + OTHER;

	@Test
	void aConfiguredAuthTokenShouldSignWhateverThePasswordPresented() {
		AccountResolver open = resolver(AuthMode.OPEN);
		open.resolve(request(CONFIGURED, "something-else"));
		assertThat(open.signingToken(CONFIGURED)).isEqualTo("the-auth-token");
		assertThat(resolver(AuthMode.STRICT).signingToken(CONFIGURED)).isEqualTo("the-auth-token");
	}

	@Test
	void inOpenModeTheLastPasswordPresentedShouldSign() {
		AccountResolver open = resolver(AuthMode.OPEN);
		assertThat(open.signingToken(OTHER)).isEqualTo("autopilot-mock-signing-token");
		open.resolve(request(OTHER, "first"));
		open.resolve(request(OTHER, "second"));
		assertThat(open.signingToken(OTHER)).isEqualTo("second");
	}

	@Test
	void aHeaderSeenBeforeShouldStillMakeItsPasswordTheLastPresented() {
		AccountResolver open = resolver(AuthMode.OPEN);
		open.resolve(request(OTHER, "first"));
		open.resolve(request(OTHER, "second"));
		assertThat(open.resolve(request(OTHER, "first")).sid()).isEqualTo(OTHER);
		assertThat(open.signingToken(OTHER)).isEqualTo("first");
	}

	@Test
	void manyHeadersShouldAllStillResolveToTheirAccounts() {
		AccountResolver open = resolver(AuthMode.OPEN);
		for (int i = 0; i < 3000; i++) {
			String account = "AC%032x".formatted(i);
			assertThat(open.resolve(request(account, "password-" + i)).sid()).isEqualTo(account);
		}
		assertThat(open.resolve(request("AC%032x".formatted(7), "password-7")).sid()).isEqualTo("AC%032x".formatted(7));
		assertThat(open.signingToken("AC%032x".formatted(2999))).isEqualTo("password-2999");
	}

	@Test
	void pastTheCountBoundTheAccountLeastRecentlyPresentedShouldBeForgottenNotTheNewest() {
		AccountResolver open = resolver(AuthMode.OPEN);
		for (int i = 0; i < AccountResolver.MAX_PRESENTED; i++) {
			open.resolve(request("AC%032x".formatted(i), "password-" + i));
		}
		open.resolve(request("AC%032x".formatted(0), "password-0")); // used again: now
																		// the newest
		open.resolve(request(OTHER, "the-newest"));
		assertThat(open.signingToken(OTHER)).isEqualTo("the-newest");
		assertThat(open.signingToken("AC%032x".formatted(0))).isEqualTo("password-0");
		assertThat(open.signingToken("AC%032x".formatted(1))).isEqualTo("autopilot-mock-signing-token");
		assertThat(open.signingToken("AC%032x".formatted(2))).isEqualTo("password-2");
	}

	@Test
	void longPasswordsShouldBeForgottenPastTheCharacterBoundNotKeptWithoutEnd() {
		AccountResolver open = resolver(AuthMode.OPEN);
		String long6k = "p".repeat(6000);
		int fit = (int) (AccountResolver.MAX_PRESENTED_CHARS / (34 + 6000));
		for (int i = 0; i < fit + 100; i++) {
			open.resolve(request("AC%032x".formatted(i), long6k + i));
		}
		assertThat(open.signingToken("AC%032x".formatted(0))).isEqualTo("autopilot-mock-signing-token");
		assertThat(open.signingToken("AC%032x".formatted(fit + 99))).isEqualTo(long6k + (fit + 99));
	}

	@Test
	void forgettingShouldDropOneAccountOrAll() {
		AccountResolver open = resolver(AuthMode.OPEN);
		open.resolve(request(OTHER, "other's"));
		open.resolve(request("AC%032x".formatted(1), "one's"));
		open.forgetPresented(OTHER);
		assertThat(open.signingToken(OTHER)).isEqualTo("autopilot-mock-signing-token");
		assertThat(open.signingToken("AC%032x".formatted(1))).isEqualTo("one's");
		open.forgetPresented(null);
		assertThat(open.signingToken("AC%032x".formatted(1))).isEqualTo("autopilot-mock-signing-token");
	}

	@Test
	void aRefusedHeaderShouldBeRefusedEveryTime() {
		AccountResolver strict = resolver(AuthMode.STRICT);
		for (int i = 0; i < 2; i++) {
			assertThatExceptionOfType(TwilioException.class)
				.isThrownBy(() -> strict.resolve(request(CONFIGURED, "wrong")))
				.satisfies((ex) -> assertThat(ex.toError().status()).isEqualTo(401));
		}
		assertThat(strict.resolve(request(CONFIGURED, "the-auth-token")).sid()).isEqualTo(CONFIGURED);
		assertThat(strict.resolve(request(CONFIGURED, "the-auth-token")).sid()).isEqualTo(CONFIGURED);
	}

	@Test
	void anApiKeySecretShouldNeverSign() {
		AccountResolver open = resolver(AuthMode.OPEN);
		assertThat(open.resolve(request(KEY, "key-secret")).sid()).isEqualTo(OTHER);
		assertThat(open.signingToken(OTHER)).isEqualTo("autopilot-mock-signing-token");
	}

	@Test
	void inStrictModeOnlyConfiguredTokensOrTheSettingShouldSign() {
		AccountResolver strict = resolver(AuthMode.STRICT);
		strict.resolve(request(KEY, "key-secret"));
		assertThat(strict.signingToken(OTHER)).isEqualTo("autopilot-mock-signing-token");
	}

	@Test
	void theSettingsShouldNotShowTheirSecrets() {
		AutopilotMockProperties properties = TestProperties
			.with(new AutopilotMockProperties.Auth(AuthMode.OPEN, List.of(ENTRIES.split(","))));
		assertThat(properties.toString()).doesNotContain("the-auth-token").doesNotContain("key-secret");
		assertThat(properties.events().toString()).doesNotContain("autopilot-mock-signing-token");
	}

	private static AccountResolver resolver(AuthMode mode) {
		return new AccountResolver(
				TestProperties.with(new AutopilotMockProperties.Auth(mode, List.of(ENTRIES.split(",")))));
	}

	private static MockHttpServletRequest request(String username, String password) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/v1/Assistants");
		request.addHeader("Authorization", "Basic "
				+ Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
		return request;
	}

}
