package io.autopilotmock.twilio;

import java.util.Locale;

import org.springframework.dao.DataIntegrityViolationException;

/**
 * Which database constraint a write broke. The constraints decide races (a unique name
 * taken twice at once), so the services ask which one answered.
 */
public final class Constraints {

	private Constraints() {
	}

	/**
	 * Whether the violation is of the named constraint. H2 and PostgreSQL both name it in
	 * their message, in whatever case the schema gave it.
	 */
	public static boolean violated(DataIntegrityViolationException ex, String constraint) {
		String message = String.valueOf(ex.getMostSpecificCause().getMessage());
		return message.toLowerCase(Locale.ROOT).contains(constraint);
	}

}
