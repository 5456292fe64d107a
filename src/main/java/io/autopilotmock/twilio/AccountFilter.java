package io.autopilotmock.twilio;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Resolves the account of every request under {@code /v1} before Spring MVC looks for a
 * handler: in strict mode a caller without configured credentials gets Twilio's 401
 * whatever the path or method, rather than learning from a 404 or a 405 which resources
 * exist. The account is kept as a request attribute for the controllers.
 */
class AccountFilter extends OncePerRequestFilter {

	static final String ATTRIBUTE = Account.REQUEST_ATTRIBUTE;

	private final AccountResolver accounts;

	AccountFilter(AccountResolver accounts) {
		this.accounts = accounts;
	}

	/**
	 * A request a fault delayed meets this filter first in its asynchronous dispatch.
	 */
	@Override
	protected boolean shouldNotFilterAsyncDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Account account;
		try {
			account = this.accounts.resolve(request);
		}
		catch (TwilioException ex) {
			TwilioError error = ex.toError();
			request.setAttribute(TwilioError.CODE_ATTRIBUTE, error.code());
			refuse(response, error);
			return;
		}
		request.setAttribute(ATTRIBUTE, account);
		chain.doFilter(request, response);
	}

	private static void refuse(HttpServletResponse response, TwilioError error) throws IOException {
		response.setStatus(error.status());
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, TwilioExceptionHandler.BASIC_CHALLENGE);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write(error.toJson());
	}

}
