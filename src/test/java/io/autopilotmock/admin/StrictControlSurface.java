package io.autopilotmock.admin;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/**
 * The callers of a {@link StrictControlSurfaceTest} application: two accounts with their
 * Basic credentials, and the admin token.
 */
public final class StrictControlSurface {

	public static final String A = "AC000000000000000000000000000a11b0";

	public static final String B = "AC000000000000000000000000000b11b0";

	public static final String A_PASSWORD = "token-a";

	public static final String B_PASSWORD = "token-b";

	public static final String ADMIN_TOKEN = "admin-s3cret";

	private StrictControlSurface() {
	}

	/** A request with the account's own credentials, {@link #A} or {@link #B}. */
	public static RequestSpecification as(String account) {
		String password = switch (account) {
			case A -> A_PASSWORD;
			case B -> B_PASSWORD;
			default -> throw new IllegalArgumentException("No credentials for " + account);
		};
		return RestAssured.given().auth().preemptive().basic(account, password);
	}

	/** A request with the admin token. */
	public static RequestSpecification asAdmin() {
		return RestAssured.given().header("Authorization", "Bearer " + ADMIN_TOKEN);
	}

}
