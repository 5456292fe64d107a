package io.autopilotmock.twilio;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Replaces Spring Boot's whitelabel error page for failures that never reach a controller
 * (filters, the servlet container), so that they too carry Twilio's body.
 */
@RestController
class TwilioErrorController implements ErrorController {

	@RequestMapping("${server.error.path:/error}")
	ResponseEntity<TwilioError> error(HttpServletRequest request) {
		Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = RequestPaths.withoutVersion((uri != null) ? uri.toString() : request.getRequestURI());
		// Asked for directly, not forwarded by the container: there is no such resource.
		TwilioException ex = (status instanceof Integer code) ? TwilioErrors.forStatus(code, path)
				: TwilioErrors.notFound(path);
		TwilioError error = ex.toError();
		request.setAttribute(TwilioError.CODE_ATTRIBUTE, error.code());
		return ResponseEntity.status(ex.status()).contentType(MediaType.APPLICATION_JSON).body(error);
	}

}
