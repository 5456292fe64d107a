package io.autopilotmock.twilio;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

class AccountResolverTests {

	private static final String DEFAULT = "AC00000000000000000000000000000000";

	private final AccountResolver resolver = new AccountResolver(
			new AutopilotMockProperties(DEFAULT, null, DateFormat.RFC2822, true, false));

	@Test
	void accountSidUsernameShouldSelectThatAccount() {
		assertThat(resolve(basic("AC0123456789ABCDEF0123456789abcdef:token")))
			.isEqualTo("AC0123456789abcdef0123456789abcdef");
	}

	@Test
	void anythingElseShouldSelectTheDefaultAccount() {
		assertThat(resolve(null)).isEqualTo(DEFAULT);
		assertThat(resolve(basic("SK0123456789abcdef0123456789abcdef:secret"))).isEqualTo(DEFAULT);
		assertThat(resolve("Basic %%%not-base64")).isEqualTo(DEFAULT);
		assertThat(resolve(basic("no-colon"))).isEqualTo(DEFAULT);
		assertThat(resolve("Bearer abc")).isEqualTo(DEFAULT);
		assertThat(resolve("Basic ")).isEqualTo(DEFAULT);
		assertThat(resolve("Basic " + "A".repeat(100_000))).isEqualTo(DEFAULT);
	}

	private String resolve(String authorization) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		if (authorization != null) {
			request.addHeader("Authorization", authorization);
		}
		return this.resolver.resolve(request).sid();
	}

	private static String basic(String credentials) {
		return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
	}

}
