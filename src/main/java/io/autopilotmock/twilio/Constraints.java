package io.autopilotmock.twilio;

import java.sql.SQLException;
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
	 * Whether the violation is of a foreign key: the row a write refers to is gone.
	 * PostgreSQL says 23503; H2 23506 for a missing parent (23503 for a child left
	 * behind).
	 */
	public static boolean foreignKeyViolated(DataIntegrityViolationException ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql) {
				return "23503".equals(sql.getSQLState()) || "23506".equals(sql.getSQLState());
			}
		}
		return false;
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
