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
		return new AutopilotMockProperties(DEFAULT_ACCOUNT, null, DateFormat.RFC2822, true, false, auth, admin,
				new AutopilotMockProperties.Seed(null), new AutopilotMockProperties.Sid(null),
				new AutopilotMockProperties.Journal(1000), AutopilotMockProperties.Events.defaults());
	}

	public static AutopilotMockProperties with(AutopilotMockProperties.Sid sid) {
		return new AutopilotMockProperties(DEFAULT_ACCOUNT, null, DateFormat.RFC2822, true, false, defaults().auth(),
				new AutopilotMockProperties.Admin(null), new AutopilotMockProperties.Seed(null), sid,
				new AutopilotMockProperties.Journal(1000), AutopilotMockProperties.Events.defaults());
	}

	private static AutopilotMockProperties with(DateFormat dateFormat, AutopilotMockProperties.Auth auth) {
		return new AutopilotMockProperties(DEFAULT_ACCOUNT, null, dateFormat, true, false, auth,
				new AutopilotMockProperties.Admin(null), new AutopilotMockProperties.Seed(null),
				new AutopilotMockProperties.Sid(null), new AutopilotMockProperties.Journal(1000),
				AutopilotMockProperties.Events.defaults());
	}

}
