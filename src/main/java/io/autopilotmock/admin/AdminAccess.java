package io.autopilotmock.admin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import io.autopilotmock.twilio.Account;
import io.autopilotmock.twilio.AccountResolver;
import io.autopilotmock.twilio.AutopilotMockProperties;
import io.autopilotmock.twilio.SidPrefix;
import io.autopilotmock.twilio.TwilioErrors;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Who may use the control surface, and on which accounts. The admin token opens any
 * scope; in strict mode an account's configured Basic credentials open that account only;
 * open mode without a token lets anyone choose. Everything else is Twilio's 401. The
 * token is kept only as a SHA-256 digest and compared in constant time.
 * <p>
 * {@link AdminAccessInterceptor} asks here for every {@code /__admin} handler before its
 * body is read, but those declared {@link OpenToAnyone}: the description of the control
 * surface and the inspector page, which hold no state and reveal none.
 */
@Component
public class AdminAccess {

	private final AccountResolver accounts;

	private final Account defaultAccount;

	private final byte @Nullable [] tokenDigest;

	AdminAccess(AccountResolver accounts, AutopilotMockProperties properties) {
		this.accounts = accounts;
		this.defaultAccount = new Account(properties.defaultAccountSid());
		String token = properties.admin().token();
		this.tokenDigest = (token != null) ? digest(token) : null;
	}

	/**
	 * The scope a control call acts on.
	 * @param requested the {@code account_sid} the caller asked for, if any
	 * @throws io.autopilotmock.twilio.TwilioException 400 for a malformed account SID,
	 * 401 for a caller who may not use the control surface, 403 for credentials of
	 * another account than the one requested
	 */
	public AdminScope scope(HttpServletRequest request, @Nullable String requested) {
		String account = (requested != null) ? checkedAccountSid(requested) : null;
		if (openToAnyone() || presentsToken(request)) {
			return (account != null) ? AdminScope.of(account) : AdminScope.all();
		}
		Optional<Account> own = this.accounts.strict() ? this.accounts.configured(request) : Optional.empty();
		if (own.isEmpty()) {
			throw TwilioErrors.unauthorized();
		}
		if (account != null && !account.equals(own.get().sid())) {
			throw TwilioErrors.forbidden();
		}
		return AdminScope.of(own.get().sid());
	}

	/**
	 * The one account a control call that creates something acts for (a simulated
	 * dialogue): the scope's account when it names one, else, in open mode, the account
	 * the request's Basic credentials select as on the API, else the default account.
	 */
	public Account account(HttpServletRequest request, @Nullable String requested) {
		AdminScope scope = scope(request, requested);
		if (scope.accountSid() != null) {
			return new Account(scope.accountSid());
		}
		return this.accounts.strict() ? this.defaultAccount : this.accounts.resolve(request);
	}

	private boolean openToAnyone() {
		return this.tokenDigest == null && !this.accounts.strict();
	}

	private boolean presentsToken(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (this.tokenDigest == null || header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			return false;
		}
		return MessageDigest.isEqual(this.tokenDigest, digest(header.substring(7).trim()));
	}

	private static String checkedAccountSid(String sid) {
		if (!SidPrefix.ACCOUNT.matches(sid)) {
			throw TwilioErrors.invalidParameter("account_sid must be AC followed by 32 hex digits");
		}
		return SidPrefix.ACCOUNT.normalize(sid);
	}

	private static byte[] digest(String secret) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
