package io.autopilotmock.storage;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The PostgreSQL database CI provides through {@code POSTGRES_URL} (and
 * {@code POSTGRES_USER}, {@code POSTGRES_PASSWORD}); tests that need one are skipped
 * without it.
 */
public final class PostgresDatabase {

	private PostgresDatabase() {
	}

	public static @Nullable String url() {
		return System.getenv("POSTGRES_URL");
	}

	/** The environment of an app process on this database, optionally at another URL. */
	public static Map<String, String> environment(String url) {
		String user = System.getenv().getOrDefault("POSTGRES_USER", "postgres");
		String password = System.getenv().getOrDefault("POSTGRES_PASSWORD", "");
		return Map.of("SPRING_PROFILES_ACTIVE", "postgres", "POSTGRES_URL", url, "POSTGRES_USER", user,
				"POSTGRES_PASSWORD", password);
	}

}
