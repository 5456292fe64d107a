package io.autopilotmock.faults;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import io.autopilotmock.journal.JournalAttributes;
import io.autopilotmock.twilio.AccountResolver;
import io.autopilotmock.twilio.TwilioError;
import io.autopilotmock.twilio.TwilioErrors;
import io.autopilotmock.twilio.TwilioException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * Applies the faults to API requests, first in the web application's pipeline: before any
 * filter, servlet or handler mapping, so a fault needs no matching endpoint, and a
 * faulted request reaches no code that could write to the store.
 */
final class FaultValve extends ValveBase {

	private final FaultRegistry faults;

	private final AccountResolver accounts;

	private static final String DELAYED = FaultValve.class.getName() + ".delayed";

	/** Past its delay, how long a delayed request may take before Tomcat times it out. */
	private static final long ASYNC_MARGIN_MS = 60_000;

	private final JsonMapper json;

	private final FaultDelays delays;

	FaultValve(FaultRegistry faults, AccountResolver accounts, JsonMapper json, FaultDelays delays) {
		super(true);
		this.faults = faults;
		this.accounts = accounts;
		this.json = json;
		this.delays = delays;
	}

	@Override
	public void invoke(Request request, Response response) throws IOException, ServletException {
		if (request.getDispatcherType() == DispatcherType.ASYNC && request.getNote(DELAYED) != null) {
			getNext().invoke(request, response); // the delay is over: the real answer
			return;
		}
		Fault fault = this.faults.isEmpty() ? null : claim(request);
		if (fault == null) {
			getNext().invoke(request, response);
			return;
		}
		readParameters(request);
		if (fault.delayMs() > 0) {
			delay(request, response, fault);
			return;
		}
		apply(request, response, fault);
	}

	/**
	 * Releases the request thread for the delay: the request is put in asynchronous mode
	 * and handed back to Tomcat when the delay is over, to be answered by the fault or,
	 * for a delay alone, dispatched again to the application.
	 */
	private void delay(Request request, Response response, Fault fault) {
		request.setNote(DELAYED, Boolean.TRUE);
		request.setAsyncSupported(true);
		AsyncContext async = request.startAsync();
		async.setTimeout(fault.delayMs() + ASYNC_MARGIN_MS);
		if (fault.network() == null && fault.status() == null) {
			this.delays.after(fault.delayMs(), async::dispatch);
			return;
		}
		this.delays.after(fault.delayMs(), () -> async.start(() -> {
			try {
				apply(request, response, fault);
			}
			catch (IOException | ServletException | RuntimeException ex) {
				// the client is gone: nothing more to say
			}
			finally {
				complete(async);
			}
		}));
	}

	private static void complete(AsyncContext async) {
		try {
			async.complete();
		}
		catch (IllegalStateException ex) {
			// the connection was closed by a network fault, or timed out
		}
	}

	private void apply(Request request, Response response, Fault fault) throws IOException, ServletException {
		if (fault.network() != null) {
			request.setAttribute(JournalAttributes.NETWORK_FAULT, fault.network().wireName());
			ConnectionAbort.abort(response, fault.network() == NetworkFault.CONNECTION_RESET);
		}
		else if (fault.status() != null) {
			answer(request, response, fault);
		}
		else {
			getNext().invoke(request, response);
		}
	}

	private @Nullable Fault claim(Request request) {
		String path = request.getRequestURI();
		if (path == null || !(path.startsWith("/v1/") || path.equals("/v1"))) {
			return null;
		}
		return this.faults.claim(request.getMethod(), path, () -> account(request));
	}

	private void answer(Request request, Response response, Fault fault) throws IOException {
		int status = fault.status();
		TwilioError standard = TwilioErrors.forStatus(status, withoutVersion(request.getRequestURI())).toError();
		int code = (fault.code() != null) ? fault.code() : standard.code();
		String message = (fault.message() != null) ? fault.message() : injected(status);
		TwilioError error = new TwilioError(code, message, "https://www.twilio.com/docs/errors/" + code, status);
		request.setAttribute(TwilioError.CODE_ATTRIBUTE, code);
		byte[] body = this.json.writeValueAsBytes(error);
		response.setStatus(status);
		if (status == 401) {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Twilio API\"");
		}
		response.setContentType("application/json");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

	/**
	 * Has Tomcat parse the form parameters, which no one else reads of a faulted request,
	 * so that the journal shows what the client sent. A body Tomcat cannot parse is left
	 * as it is: the fault answers anyway.
	 */
	private static void readParameters(Request request) {
		try {
			request.getParameterMap();
		}
		catch (RuntimeException ex) {
			// malformed or too large: the journal shows what was parsed
		}
	}

	private @Nullable String account(Request request) {
		try {
			return this.accounts.resolve(request).sid();
		}
		catch (TwilioException ex) {
			return null; // refused in strict mode: only faults for every account apply
		}
	}

	/**
	 * The default message of a fault: what the status means and that it was injected,
	 * never the emulator's own message for it (a 503 whose database is fine).
	 */
	static String injected(int status) {
		HttpStatus known = HttpStatus.resolve(status);
		return "Injected fault: " + status + ((known != null) ? " " + known.getReasonPhrase() : "");
	}

	private static String withoutVersion(String path) {
		return path.startsWith("/v1/") ? path.substring(3) : path;
	}

}
