package io.autopilotmock.twilio;

import java.util.List;

/**
 * Settings as plain objects, for tests that build classes by hand.
 */
public final class TestProperties {

	public static final String DEFAULT_ACCOUNT = "AC00000000000000000000000000000000";

	private TestProperties() {
	}

	/** Every default, as the README's configuration table gives them. */
	public static AutopilotMockProperties defaults() {
		return with(DateFormat.RFC2822, new AutopilotMockProperties.Auth(AuthMode.OPEN, List.of()));
	}

	public static AutopilotMockProperties with(DateFormat dateFormat) {
		return with(dateFormat, defaults().auth());
	}

	public static AutopilotMockProperties with(AutopilotMockProperties.Auth auth) {
		return with(DateFormat.RFC2822, auth);
	}

	public static AutopilotMockProperties with(AutopilotMockProperties.Auth auth, AutopilotMockProperties.Admin admin) {
		return of(DateFormat.RFC2822, auth, admin, new AutopilotMockProperties.Seed(null),
				new AutopilotMockProperties.Sid(null));
	}

	public static AutopilotMockProperties with(AutopilotMockProperties.Sid sid) {
		return of(DateFormat.RFC2822, defaults().auth(), new AutopilotMockProperties.Admin(null),
				new AutopilotMockProperties.Seed(null), sid);
	}

	public static AutopilotMockProperties with(AutopilotMockProperties.Seed seed) {
		return of(DateFormat.RFC2822, defaults().auth(), new AutopilotMockProperties.Admin(null), seed,
				new AutopilotMockProperties.Sid(null));
	}

	private static AutopilotMockProperties with(DateFormat dateFormat, AutopilotMockProperties.Auth auth) {
		return of(dateFormat, auth, new AutopilotMockProperties.Admin(null), new AutopilotMockProperties.Seed(null),
				new AutopilotMockProperties.Sid(null));
	}

	private static AutopilotMockProperties of(DateFormat dateFormat, AutopilotMockProperties.Auth auth,
			AutopilotMockProperties.Admin admin, AutopilotMockProperties.Seed seed, AutopilotMockProperties.Sid sid) {
		return new AutopilotMockProperties(DEFAULT_ACCOUNT, null, dateFormat, true, false, auth, admin, seed, sid,
				new AutopilotMockProperties.Journal(1000));
	}

}
