package io.autopilotmock.twilio;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CredentialsTests {

	private static final String ACCOUNT = "AC0123456789abcdef0123456789abcdef";

	private static final String KEY = "SK0123456789abcdef0123456789abcdef";

	private final Credentials credentials = parse(ACCOUNT + ":auth-token",
			" " + KEY + ":key-secret:AC11111111111111111111111111111111 ");

	@Test
	void accountCredentialsShouldActForThatAccount() {
		assertThat(this.credentials.authenticate(ACCOUNT, "auth-token")).contains(new Account(ACCOUNT));
		assertThat(this.credentials.authenticate("AC" + ACCOUNT.substring(2).toUpperCase(), "auth-token"))
			.contains(new Account(ACCOUNT));
	}

	@Test
	void apiKeyShouldActForItsAccount() {
		assertThat(this.credentials.authenticate(KEY, "key-secret"))
			.contains(new Account("AC11111111111111111111111111111111"));
	}

	@Test
	void wrongSecretsAndUnknownUsernamesShouldNotAuthenticate() {
		assertThat(this.credentials.authenticate(ACCOUNT, "auth-tokeN")).isEmpty();
		assertThat(this.credentials.authenticate(ACCOUNT, "")).isEmpty();
		assertThat(this.credentials.authenticate(KEY, "auth-token")).isEmpty();
		assertThat(this.credentials.authenticate("AC22222222222222222222222222222222", "auth-token")).isEmpty();
		assertThat(this.credentials.authenticate("someone", "key-secret")).isEmpty();
	}

	@Test
	void malformedEntriesShouldBeNamedByPositionWithoutTheirSecret() {
		for (String entry : List.of("AC0123:top-secret", ACCOUNT, ACCOUNT + ":", KEY + ":top-secret",
				KEY + ":top-secret:not-an-account", "XX0123456789abcdef0123456789abcdef:top-secret",
				ACCOUNT + ":top-secret:extra")) {
			assertThatIllegalArgumentException().isThrownBy(() -> parse(ACCOUNT + ":ok", entry))
				.withMessage("autopilot-mock.auth.credentials entry 2 of 2 is malformed: "
						+ "expected ACsid:authToken or SKsid:secret:ACsid with 32-hex-digit SIDs")
				.withMessageNotContaining("top-secret");
		}
	}

	@Test
	void repeatedUsernameShouldBeRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> parse(ACCOUNT + ":one", ACCOUNT + ":two"))
			.withMessage("autopilot-mock.auth.credentials entry 2 of 2 repeats the username " + ACCOUNT);
	}

	@Test
	void digestedEntriesShouldHoldNoApiKeySecret() {
		List<String> entries = List.of(ACCOUNT + ":auth-token", KEY + ":key-secret:" + ACCOUNT, "ACbad:hunter2",
				ACCOUNT + ":top:secret");
		List<String> digested = entries.stream().map(Credentials::digestSecret).toList();
		// An account's auth token is kept as given (it signs the account's event
		// webhooks), an API key's secret only as its sha256sum; a malformed entry keeps
		// nothing, as any of it may be secret.
		assertThat(digested).containsExactly(ACCOUNT + ":auth-token",
				KEY + ":38a013922e0c10ca245af56ff30b3c6cfbbf24b5e1bf219dac50c84767952ce8:" + ACCOUNT, "", "");
	}

	/** Entries as the settings keep them: digested when bound. */
	private static Credentials parse(String... entries) {
		return Credentials.parse(List.of(entries).stream().map(Credentials::digestSecret).toList());
	}

}
