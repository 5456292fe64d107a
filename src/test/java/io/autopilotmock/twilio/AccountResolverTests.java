package io.autopilotmock.twilio;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class AccountResolverTests {

	private static final String DEFAULT = TestProperties.DEFAULT_ACCOUNT;

	private static final String ACCOUNT = "AC0123456789abcdef0123456789abcdef";

	private static final String KEY = "SK0123456789abcdef0123456789abcdef";

	private static final String KEY_ACCOUNT = "AC11111111111111111111111111111111";

	/** Every malformed Authorization header the issue names, and then some. */
	static final List<String> MALFORMED = List.of("Basic %%%not-base64", basic("no-colon"), basic(":no-username"),
			"Bearer abc", "Basic ", "Basic", "", "Digest username=\"AC0123456789abcdef0123456789abcdef\"",
			// Long, but within the 16 KB a request head may take (beyond, Tomcat answers
			// 400).
			"Basic " + "QUM6".repeat(3000),
			"Basic " + Base64.getEncoder().encodeToString(new byte[] { (byte) 0xff, ':' }));

	private final List<String> credentials = List.of(ACCOUNT + ":token", KEY + ":secret:" + KEY_ACCOUNT);

	private final AccountResolver open = new AccountResolver(
			TestProperties.with(new AutopilotMockProperties.Auth(AuthMode.OPEN, this.credentials)));

	private final AccountResolver strict = new AccountResolver(
			TestProperties.with(new AutopilotMockProperties.Auth(AuthMode.STRICT, this.credentials)));

	@Test
	void openModeShouldTakeAnyAccountSidUsername() {
		assertThat(resolve(this.open, basic("AC2222222222222222222222222222AAAA:whatever")))
			.isEqualTo("AC2222222222222222222222222222aaaa");
		assertThat(resolve(this.open, basic(ACCOUNT + ":wrong-token"))).isEqualTo(ACCOUNT);
	}

	@Test
	void openModeShouldMapConfiguredApiKeysToTheirAccount() {
		assertThat(resolve(this.open, basic(KEY + ":secret"))).isEqualTo(KEY_ACCOUNT);
		assertThat(resolve(this.open, basic(KEY + ":wrong"))).isEqualTo(DEFAULT);
	}

	@Test
	void openModeShouldSelectTheDefaultAccountForAnythingElse() {
		assertThat(resolve(this.open, null)).isEqualTo(DEFAULT);
		assertThat(resolve(this.open, basic("user:password"))).isEqualTo(DEFAULT);
		for (String header : MALFORMED) {
			assertThat(resolve(this.open, header)).as(header).isEqualTo(DEFAULT);
		}
	}

	@Test
	void strictModeShouldPassOnlyConfiguredCredentials() {
		assertThat(resolve(this.strict, basic(ACCOUNT + ":token"))).isEqualTo(ACCOUNT);
		assertThat(resolve(this.strict, basic(KEY + ":secret"))).isEqualTo(KEY_ACCOUNT);
		assertThat(resolve(this.strict, basic("SK" + KEY.substring(2).toUpperCase() + ":secret")))
			.isEqualTo(KEY_ACCOUNT);
	}

	@Test
	void strictModeShouldRefuseEverythingElse() {
		List<String> refused = new java.util.ArrayList<>(MALFORMED);
		refused.add(basic(ACCOUNT + ":wrong"));
		refused.add(basic(KEY + ":token"));
		refused.add(basic("AC22222222222222222222222222222222:token"));
		for (String header : refused) {
			assertThatExceptionOfType(TwilioException.class).as(header)
				.isThrownBy(() -> resolve(this.strict, header))
				.satisfies((ex) -> assertThat(ex.toError()).isEqualTo(
						new TwilioError(20003, "Authenticate", "https://www.twilio.com/docs/errors/20003", 401)));
		}
		assertThatExceptionOfType(TwilioException.class).isThrownBy(() -> resolve(this.strict, null));
	}

	private static String resolve(AccountResolver resolver, String authorization) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		if (authorization != null) {
			request.addHeader("Authorization", authorization);
		}
		return resolver.resolve(request).sid();
	}

	static String basic(String credentials) {
		return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
	}

}
