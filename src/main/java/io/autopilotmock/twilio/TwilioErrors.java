package io.autopilotmock.twilio;

import org.springframework.http.HttpStatus;

/**
 * The catalogue of every error the emulator answers, one named factory each.
 */
public final class TwilioErrors {

	private TwilioErrors() {
	}

	public static TwilioException missingParameter(String name) {
		return invalidParameter("Missing required parameter " + name + " in the post body");
	}

	public static TwilioException invalidParameter(String message) {
		return new TwilioException(HttpStatus.BAD_REQUEST, 20001, message);
	}

	public static TwilioException unauthorized() {
		return new TwilioException(HttpStatus.UNAUTHORIZED, 20003, "Authenticate");
	}

	public static TwilioException forbidden() {
		return new TwilioException(HttpStatus.FORBIDDEN, 20403, "Forbidden: these credentials act for another account");
	}

	public static TwilioException notFound(String path) {
		return new TwilioException(HttpStatus.NOT_FOUND, 20404, "The requested resource " + path + " was not found");
	}

	public static TwilioException methodNotAllowed() {
		return new TwilioException(HttpStatus.METHOD_NOT_ALLOWED, 20004, "Method not allowed");
	}

	public static TwilioException uniqueNameTaken() {
		return new TwilioException(HttpStatus.CONFLICT, 409, "UniqueName already in use");
	}

	public static TwilioException payloadTooLarge() {
		return new TwilioException(HttpStatus.CONTENT_TOO_LARGE, 413, "Request body too large");
	}

	public static TwilioException tooManyRequests(String message) {
		return new TwilioException(HttpStatus.TOO_MANY_REQUESTS, 20429, message);
	}

	public static TwilioException payloadTooLarge(long limit) {
		return new TwilioException(HttpStatus.CONTENT_TOO_LARGE, 413,
				"Request body too large: at most " + limit + " bytes");
	}

	public static TwilioException unsupportedMediaType() {
		return new TwilioException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, 415,
				"Unsupported media type: send application/x-www-form-urlencoded");
	}

	public static TwilioException internal() {
		return new TwilioException(HttpStatus.INTERNAL_SERVER_ERROR, 20500, "An internal server error has occurred");
	}

	public static TwilioException unavailable() {
		return new TwilioException(HttpStatus.SERVICE_UNAVAILABLE, 20503,
				"Service unavailable: the database cannot be reached");
	}

	/** The answer for an HTTP status that Spring or the servlet container chose. */
	public static TwilioException forStatus(int status, String path) {
		return switch (status) {
			case 400 -> invalidParameter("Bad request");
			case 401 -> unauthorized();
			case 404 -> notFound(path);
			case 405 -> methodNotAllowed();
			case 413 -> payloadTooLarge();
			// The control surface takes JSON, where the API takes forms.
			case 415 -> path.startsWith("/__admin") ? new TwilioException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, 415,
					"Unsupported media type: send application/json") : unsupportedMediaType();
			case 503 -> unavailable();
			default -> {
				HttpStatus known = HttpStatus.resolve(status);
				yield (known != null && known.is4xxClientError())
						? new TwilioException(known, status, known.getReasonPhrase()) : internal();
			}
		};
	}

}
