package io.autopilotmock.twilio;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * A JSON body that could not be read, as the 400 that names what is wrong with it: the
 * place where it is not JSON, the unknown field, or the field whose value has the wrong
 * type.
 */
public final class JsonErrors {

	private JsonErrors() {
	}

	/**
	 * @param what the body, for the message: {@code "The body"}, {@code "The state
	 * document"}
	 */
	public static TwilioException of(JacksonException ex, String what) {
		if (ex instanceof StreamReadException && !(ex instanceof MismatchedInputException)) {
			String where = (ex.getLocation() != null)
					? " at line " + ex.getLocation().getLineNr() + ", column " + ex.getLocation().getColumnNr() : "";
			return TwilioErrors.invalidParameter(what + " is not JSON" + where);
		}
		if (ex instanceof UnrecognizedPropertyException) {
			return TwilioErrors.invalidParameter(what + " has an unknown field: " + path(ex));
		}
		String expected = (ex instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null)
				? " (expected " + expected(mismatched.getTargetType()) + ")" : "";
		return TwilioErrors.invalidParameter(what + " has a value of the wrong type at " + path(ex) + expected);
	}

	private static String expected(Class<?> type) {
		if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
			return "a JSON integer";
		}
		if (type == Boolean.class || type == boolean.class) {
			return "true or false";
		}
		if (type == String.class) {
			return "a JSON string";
		}
		if (Number.class.isAssignableFrom(type)) {
			return "a JSON number";
		}
		return (type.isArray() || Iterable.class.isAssignableFrom(type)) ? "a JSON array" : "a JSON object";
	}

	/** Where in the body: {@code accounts[0].assistants}, or "the top level". */
	public static String path(JacksonException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.isEmpty() ? "the top level" : path.toString();
	}

}
