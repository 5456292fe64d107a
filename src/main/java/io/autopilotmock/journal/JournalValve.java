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

	private static final int MAX_PATH = 2048;

	/**
	 * What one entry's parameters hold at most, names and values together: with the cuts
	 * above, an entry stays under 16 KiB whatever a request brings, and a full journal of
	 * the default 1,000 entries under 16 MiB.
	 */
	private static final int MAX_PARAMETER_CHARS = 8192;

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
			// A request a fault delays is still unanswered: recorded when it completes,
			// as Tomcat's access log.
			if (!request.isAsync()) {
				record(request, response);
			}
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
				String.valueOf(request.getMethod()), cut(path, MAX_PATH), cut(request.getQueryString(), MAX_QUERY),
				parameters(request), status, code(request, status, path), (network != null) ? network.toString() : null,
				Math.max(0, durationMs), account(request)));
	}

	static boolean isApi(String path) {
		return path.startsWith("/v1/") || path.equals("/v1");
	}

	private static @Nullable String cut(@Nullable String text, int max) {
		return (text != null && text.length() > max) ? text.substring(0, max) : text;
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
		int chars = 0;
		while (names.hasMoreElements() && kept.size() < MAX_PARAMETERS && chars < MAX_PARAMETER_CHARS) {
			String name = names.nextElement();
			String[] values = parameters.getParameterValues(name);
			if (values != null && values.length > 0 && name.length() <= MAX_NAME) {
				int room = MAX_PARAMETER_CHARS - chars - name.length();
				if (room < 0) {
					break;
				}
				String value = values[0].substring(0, Math.min(values[0].length(), Math.min(MAX_VALUE, room)));
				kept.put(name, value);
				chars += name.length() + value.length();
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
