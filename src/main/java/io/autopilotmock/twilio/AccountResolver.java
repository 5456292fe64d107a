package io.autopilotmock.twilio;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Decides which account a request acts for, from its HTTP Basic credentials.
 */
@Component
public class AccountResolver {

	private final Account defaultAccount;

	AccountResolver(AutopilotMockProperties properties) {
		this.defaultAccount = new Account(properties.defaultAccountSid());
	}

	public Account resolve(HttpServletRequest request) {
		String username = basicUsername(request.getHeader(HttpHeaders.AUTHORIZATION));
		if (username != null && SidPrefix.ACCOUNT.matches(username)) {
			return new Account(SidPrefix.ACCOUNT.normalize(username));
		}
		return this.defaultAccount;
	}

	/** The username of a well-formed Basic header, or {@code null} for anything else. */
	static @Nullable String basicUsername(@Nullable String header) {
		if (header == null || header.length() > 8192 || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
			return null;
		}
		try {
			String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
			int colon = decoded.indexOf(':');
			return (colon > 0) ? decoded.substring(0, colon) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
