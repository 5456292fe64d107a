package io.autopilotmock.state;

/**
 * The seed file cannot be loaded; the message is the one-line reason start-up stops with.
 */
class SeedFileException extends RuntimeException {

	SeedFileException(String message, Throwable cause) {
		super(message, cause);
	}

}
