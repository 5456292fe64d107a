package io.autopilotmock.twilio;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

/**
 * Tomcat's last word on requests it refuses before any servlet sees them (headers too
 * large, an encoded slash, an invalid request line): Twilio's error body instead of
 * Tomcat's HTML page.
 */
public class TwilioErrorReportValve extends ErrorReportValve {

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0) {
			return;
		}
		AtomicBoolean ioAllowed = new AtomicBoolean(true);
		response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
		if (!ioAllowed.get()) {
			return;
		}
		if (status == 501 || status == 505) {
			// An unknown transfer coding or HTTP version: the client's doing, not a
			// failure
			// of the service, and answered as the client error it is.
			response.setStatus(400);
			status = 400;
		}
		String uri = request.getDecodedRequestURI();
		TwilioError error = TwilioErrors.forStatus(status, RequestPaths.withoutVersion((uri != null) ? uri : "/"))
			.toError();
		try {
			response.setContentType("application/json");
			response.setCharacterEncoding("UTF-8");
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(error.toJson());
			}
			response.finishResponse();
		}
		catch (IOException | IllegalStateException ex) {
			// The client is gone or the response committed: nothing more can be said.
		}
	}

}
