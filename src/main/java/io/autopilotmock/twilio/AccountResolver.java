package io.autopilotmock.twilio;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Decides which account a request acts for, from its HTTP Basic credentials, and in
 * strict mode refuses the request when they are not configured ones.
 */
@Component
public class AccountResolver {

	private static final int MAX_HEADER = 8192;

	/**
	 * Enough accounts for any test suite, and a bound on what strangers can make it keep:
	 * 10,000 accounts, and SIDs and passwords of 1 Mi characters together (at most 2
	 * MiB).
	 */
	static final int MAX_PRESENTED = 10_000;

	static final long MAX_PRESENTED_CHARS = 1L << 20;

	/**
	 * Headers longer than this are decoded each time rather than kept: a client's Basic
	 * header is about 100 characters, and strangers' long ones would otherwise fill the
	 * memory.
	 */
	private static final int MAX_RESOLVED_HEADER = 512;

	private final Account defaultAccount;

	private final boolean strict;

	private final Credentials credentials;

	private final String signingToken;

	/**
	 * Enough clients for any test suite, and a bound on what strangers can make it keep.
	 */
	private static final int MAX_RESOLVED = 1024;

	/**
	 * The password each account last presented in open mode, in memory only: never
	 * logged, exported or journalled. Past its bounds the account that presented one
	 * least recently is forgotten, and signs with the default token again.
	 */
	private final LeastRecentlyUsed presented = new LeastRecentlyUsed(MAX_PRESENTED, MAX_PRESENTED_CHARS);

	/**
	 * What each {@code Authorization} header resolved to. A client sends the same header
	 * on every request, and decoding and digesting it again cost more than the rest of
	 * the account check; the credentials it is checked against never change while the
	 * process runs. In memory only, like {@link #presented}.
	 */
	private final Map<String, Resolved> resolved = new ConcurrentHashMap<>();

	public AccountResolver(AutopilotMockProperties properties) {
		this.defaultAccount = new Account(properties.defaultAccountSid());
		this.strict = properties.auth().mode() == AuthMode.STRICT;
		this.credentials = Credentials.parse(properties.auth().credentials());
		this.signingToken = properties.events().signingToken();
	}

	/**
	 * The caller's account. Open mode: configured credentials select their account, any
	 * other {@code AC…} username selects that account, anything else the default one.
	 * @throws TwilioException 401 in strict mode unless the credentials are configured
	 */
	public Account resolve(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null) {
			return resolve((String[]) null).account();
		}
		Resolved known = this.resolved.get(header);
		if (known == null) {
			known = resolve(basicCredentials(header));
			if (header.length() <= MAX_RESOLVED_HEADER) {
				if (this.resolved.size() >= MAX_RESOLVED) {
					this.resolved.clear();
				}
				this.resolved.put(header, known);
			}
		}
		if (known.presented() != null) {
			remember(known.account().sid(), known.presented());
		}
		return known.account();
	}

	private Resolved resolve(String @Nullable [] basic) {
		Optional<Account> configured = authenticate(basic);
		if (configured.isPresent()) {
			return new Resolved(configured.get(), null);
		}
		if (this.strict) {
			throw TwilioErrors.unauthorized();
		}
		if (basic != null && SidPrefix.ACCOUNT.matches(basic[0])) {
			return new Resolved(new Account(SidPrefix.ACCOUNT.normalize(basic[0])), basic[1]);
		}
		return new Resolved(this.defaultAccount, null);
	}

	/**
	 * The key that signs the account's event webhooks: its configured auth token; else,
	 * in open mode, the password it last presented, which is what the user's code hands
	 * its Twilio client and so its request validator too; else
	 * {@code autopilot-mock.events.signing-token}.
	 */
	public String signingToken(String accountSid) {
		Optional<String> configured = this.credentials.authToken(accountSid);
		if (configured.isPresent()) {
			return configured.get();
		}
		@Nullable String presented = this.strict ? null : this.presented.get(accountSid);
		return (presented != null) ? presented : this.signingToken;
	}

	private void remember(String accountSid, String password) {
		if (!password.isEmpty()) {
			this.presented.put(accountSid, password);
		}
	}

	/**
	 * Forgets the passwords presented in open mode: of one account, or of all when
	 * {@code accountSid} is {@code null} (a full reset).
	 */
	public void forgetPresented(@Nullable String accountSid) {
		if (accountSid == null) {
			this.presented.clear();
		}
		else {
			this.presented.remove(accountSid);
		}
	}

	/**
	 * The account of the request's Basic credentials when they are a configured pair,
	 * whatever the mode: what the control surface accepts besides its admin token.
	 */
	public Optional<Account> configured(HttpServletRequest request) {
		return authenticate(basicCredentials(request.getHeader(HttpHeaders.AUTHORIZATION)));
	}

	/** Whether only configured credentials pass. */
	public boolean strict() {
		return this.strict;
	}

	private Optional<Account> authenticate(String @Nullable [] basic) {
		return (basic != null) ? this.credentials.authenticate(basic[0], basic[1]) : Optional.empty();
	}

	/** Username and password of a well-formed Basic header, else {@code null}. */
	static String @Nullable [] basicCredentials(@Nullable String header) {
		if (header == null || header.length() > MAX_HEADER || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
			return null;
		}
		try {
			String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
			int colon = decoded.indexOf(':');
			return (colon > 0) ? new String[] { decoded.substring(0, colon), decoded.substring(colon + 1) } : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/**
	 * An account resolved from a header, and the password to remember for it in open
	 * mode.
	 */
	private record Resolved(Account account, @Nullable String presented) {

	}

}
