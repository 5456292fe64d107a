package io.autopilotmock.admin;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import io.autopilotmock.twilio.AccountResolver;
import io.autopilotmock.twilio.AuthMode;
import io.autopilotmock.twilio.AutopilotMockProperties;
import io.autopilotmock.twilio.TestProperties;
import io.autopilotmock.twilio.TwilioException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class AdminAccessTests {

	private static final String ACCOUNT = "AC0123456789abcdef0123456789abcdef";

	private static final String OTHER = "AC11111111111111111111111111111111";

	private static final List<String> CREDENTIALS = List.of(ACCOUNT + ":token");

	@Test
	void openModeWithoutTokenShouldLetAnyoneChooseTheScope() {
		AdminAccess access = access(AuthMode.OPEN, null);
		assertThat(access.scope(request(null), null)).isEqualTo(AdminScope.all());
		assertThat(access.scope(request(null), "AC0123456789ABCDEF0123456789ABCDEF")).isEqualTo(AdminScope.of(ACCOUNT));
	}

	@Test
	void malformedAccountSidShouldBe400() {
		assertThatExceptionOfType(TwilioException.class)
			.isThrownBy(() -> access(AuthMode.OPEN, null).scope(request(null), "AC123"))
			.satisfies((ex) -> assertThat(ex.toError().status()).isEqualTo(400));
	}

	@Test
	void tokenShouldBeRequiredInOpenModeOnceSet() {
		AdminAccess access = access(AuthMode.OPEN, "s3cret");
		assertStatus(() -> access.scope(request(null), null), 401);
		assertStatus(() -> access.scope(request("Bearer wrong"), null), 401);
		// Open mode's Basic credentials select an account on the API, not a control
		// scope.
		assertStatus(() -> access.scope(request(basic(ACCOUNT + ":token")), null), 401);
		assertThat(access.scope(request("Bearer s3cret"), null)).isEqualTo(AdminScope.all());
		assertThat(access.scope(request("bearer s3cret"), OTHER)).isEqualTo(AdminScope.of(OTHER));
	}

	@Test
	void strictModeShouldScopeConfiguredCredentialsToTheirAccount() {
		AdminAccess access = access(AuthMode.STRICT, null);
		assertThat(access.scope(request(basic(ACCOUNT + ":token")), null)).isEqualTo(AdminScope.of(ACCOUNT));
		assertThat(access.scope(request(basic(ACCOUNT + ":token")), ACCOUNT)).isEqualTo(AdminScope.of(ACCOUNT));
		assertStatus(() -> access.scope(request(basic(ACCOUNT + ":token")), OTHER), 403);
		assertStatus(() -> access.scope(request(basic(ACCOUNT + ":wrong")), null), 401);
		assertStatus(() -> access.scope(request(null), null), 401);
	}

	@Test
	void strictModeShouldLetTheTokenActOnAnyScope() {
		AdminAccess access = access(AuthMode.STRICT, "s3cret");
		assertThat(access.scope(request("Bearer s3cret"), OTHER)).isEqualTo(AdminScope.of(OTHER));
		assertThat(access.scope(request(basic(ACCOUNT + ":token")), null)).isEqualTo(AdminScope.of(ACCOUNT));
		assertThat(access.account(request("Bearer s3cret"), null).sid()).isEqualTo(TestProperties.DEFAULT_ACCOUNT);
	}

	@Test
	void accountShouldFollowTheApiRulesInOpenMode() {
		AdminAccess access = access(AuthMode.OPEN, null);
		assertThat(access.account(request(basic(OTHER + ":anything")), null).sid()).isEqualTo(OTHER);
		assertThat(access.account(request(null), null).sid()).isEqualTo(TestProperties.DEFAULT_ACCOUNT);
		assertThat(access.account(request(null), ACCOUNT).sid()).isEqualTo(ACCOUNT);
	}

	@Test
	void theTokenShouldNotShowInTheSettings() {
		assertThat(AutopilotMockProperties.Admin.withToken("s3cret").toString()).doesNotContain("s3cret");
	}

	private static AdminAccess access(AuthMode mode, @Nullable String token) {
		AutopilotMockProperties properties = TestProperties.with(new AutopilotMockProperties.Auth(mode, CREDENTIALS),
				AutopilotMockProperties.Admin.withToken(token));
		return new AdminAccess(new AccountResolver(properties), properties);
	}

	private static MockHttpServletRequest request(@Nullable String authorization) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/__admin/reset");
		if (authorization != null) {
			request.addHeader("Authorization", authorization);
		}
		return request;
	}

	private static String basic(String credentials) {
		return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
	}

	private static void assertStatus(Runnable call, int status) {
		assertThatExceptionOfType(TwilioException.class).isThrownBy(call::run)
			.satisfies((ex) -> assertThat(ex.toError().status()).isEqualTo(status));
	}

}
