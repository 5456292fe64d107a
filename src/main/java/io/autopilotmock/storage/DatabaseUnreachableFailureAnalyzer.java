package io.autopilotmock.storage;

import java.sql.SQLException;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns "the database cannot be reached or refused us" at start-up into a one-line reason
 * instead of several screens of nested stack traces.
 */
class DatabaseUnreachableFailureAnalyzer extends AbstractFailureAnalyzer<SQLException> {

	// SQLSTATE classes: 08 connection exception, 28 invalid authorization, 3D no such
	// database.
	private static final String[] UNREACHABLE = { "08", "28", "3D" };

	@Override
	protected @Nullable FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
		String state = cause.getSQLState();
		if (state == null) {
			return null;
		}
		for (String unreachable : UNREACHABLE) {
			if (state.startsWith(unreachable)) {
				return new FailureAnalysis("Cannot use the database: " + cause.getMessage(),
						"Check POSTGRES_URL, POSTGRES_USER and POSTGRES_PASSWORD, and that the database is running.",
						cause);
			}
		}
		return null;
	}

}
