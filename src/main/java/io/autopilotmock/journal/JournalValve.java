package io.autopilotmock.journal;

import java.io.IOException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.ServletException;
import org.apache.catalina.AccessLog;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.tomcat.util.http.Parameters;
import org.jspecify.annotations.Nullable;

import io.autopilotmock.twilio.Account;
import io.autopilotmock.twilio.AccountResolver;
import io.autopilotmock.twilio.TwilioError;
import io.autopilotmock.twilio.TwilioErrors;
import io.autopilotmock.twilio.TwilioException;

/**
 * Records every API request in the journal, from the one place that sees every answer:
 * the first valve of Tomcat's engine. It wraps the host, so it sees the status the
 * controllers, the exception handler, the error page and the faults set; it records
 * before Tomcat finishes the response, so a request is in the journal by the time its
 * client has the answer. Requests Tomcat refuses before any valve runs (a malformed
 * request line, an encoded slash) reach it as the engine's access log instead.
 * <p>
 * Nothing is read that the request did not already need: the form parameters only if the
 * API parsed them, no header at all.
 */
final class JournalValve extends ValveBase implements AccessLog {

	private static final String RECORDED = JournalValve.class.getName() + ".recorded";

	private static final int MAX_PARAMETERS = 32;

	private static final int MAX_NAME = 256;

	private static final int MAX_VALUE = 1024;

	private static final int MAX_QUERY = 2048;

	private final RequestJournal journal;

	private final AccountResolver accounts;

	private final Clock clock;

	JournalValve(RequestJournal journal, AccountResolver accounts, Clock clock) {
		super(true);
		this.journal = journal;
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	public void invoke(Request request, Response response) throws IOException, ServletException {
		try {
			getNext().invoke(request, response);
		}
		finally {
			record(request, response);
		}
	}

	@Override
	public void log(Request request, Response response, long time) {
		record(request, response);
	}

	@Override
	public void setRequestAttributesEnabled(boolean requestAttributesEnabled) {
	}

	@Override
	public boolean getRequestAttributesEnabled() {
		return false;
	}

	private void record(Request request, Response response) {
		String path = request.getRequestURI();
		if (path == null || !isApi(path) || request.getNote(RECORDED) != null) {
			return;
		}
		request.setNote(RECORDED, Boolean.TRUE);
		long durationMs = (System.nanoTime() - request.getCoyoteRequest().getStartTimeNanos()) / 1_000_000;
		Object network = request.getAttribute(JournalAttributes.NETWORK_FAULT);
		Integer status = (network != null) ? null : response.getStatus();
		this.journal.add(new JournalEntry(this.journal.nextId(), this.clock.instant().truncatedTo(ChronoUnit.MILLIS),
				String.valueOf(request.getMethod()), path, query(request), parameters(request), status,
				code(request, status, path), (network != null) ? network.toString() : null, Math.max(0, durationMs),
				account(request)));
	}

	static boolean isApi(String path) {
		return path.startsWith("/v1/") || path.equals("/v1");
	}

	private static @Nullable String query(Request request) {
		String query = request.getQueryString();
		return (query != null && query.length() > MAX_QUERY) ? query.substring(0, MAX_QUERY) : query;
	}

	/**
	 * What Tomcat already parsed, never a parse of its own: the body is not read twice.
	 */
	private static Map<String, String> parameters(Request request) {
		if (!request.isParametersParsed()) {
			return Collections.emptyMap();
		}
		Parameters parameters = request.getCoyoteRequest().getParameters();
		Map<String, String> kept = new LinkedHashMap<>();
		Enumeration<String> names = parameters.getParameterNames();
		while (names.hasMoreElements() && kept.size() < MAX_PARAMETERS) {
			String name = names.nextElement();
			String[] values = parameters.getParameterValues(name);
			if (values != null && values.length > 0 && name.length() <= MAX_NAME) {
				String value = values[0];
				kept.put(name, (value.length() > MAX_VALUE) ? value.substring(0, MAX_VALUE) : value);
			}
		}
		return kept;
	}

	private static @Nullable Integer code(Request request, @Nullable Integer status, String path) {
		if (request.getAttribute(TwilioError.CODE_ATTRIBUTE) instanceof Integer code) {
			return code;
		}
		// Written where no code is noted (Tomcat's valve, the strict-mode refusal), by
		// status alone.
		return (status != null && status >= 400) ? TwilioErrors.forStatus(status, path).toError().code() : null;
	}

	private @Nullable String account(Request request) {
		if (request.getAttribute(Account.REQUEST_ATTRIBUTE) instanceof Account account) {
			return account.sid();
		}
		try {
			return this.accounts.resolve(request).sid();
		}
		catch (TwilioException ex) {
			return null; // refused in strict mode: no account
		}
	}

}
