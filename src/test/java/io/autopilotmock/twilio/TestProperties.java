package io.autopilotmock.twilio;

import java.util.List;

/**
 * Settings as plain objects, for tests that build classes by hand.
 */
public final class TestProperties {

	public static final String DEFAULT_ACCOUNT = "AC00000000000000000000000000000000";

	private static final AutopilotMockProperties.Auth OPEN = new AutopilotMockProperties.Auth(AuthMode.OPEN, List.of());

	private static final AutopilotMockProperties.Admin NO_TOKEN = AutopilotMockProperties.Admin.withToken(null);

	private static final AutopilotMockProperties.Sid RANDOM_SIDS = new AutopilotMockProperties.Sid(null);

	private static final AutopilotMockProperties.Seed NO_SEED = new AutopilotMockProperties.Seed(null);

	private TestProperties() {
	}

	/** Every default, as the README's configuration table gives them. */
	public static AutopilotMockProperties defaults() {
		return build(DateFormat.RFC2822, OPEN, NO_TOKEN, NO_SEED, RANDOM_SIDS);
	}

	public static AutopilotMockProperties with(DateFormat dateFormat) {
		return build(dateFormat, OPEN, NO_TOKEN, NO_SEED, RANDOM_SIDS);
	}

	public static AutopilotMockProperties with(AutopilotMockProperties.Auth auth) {
		return build(DateFormat.RFC2822, auth, NO_TOKEN, NO_SEED, RANDOM_SIDS);
	}

	public static AutopilotMockProperties with(AutopilotMockProperties.Auth auth, AutopilotMockProperties.Admin admin) {
		return build(DateFormat.RFC2822, auth, admin, NO_SEED, RANDOM_SIDS);
	}

	public static AutopilotMockProperties with(AutopilotMockProperties.Sid sid) {
		return build(DateFormat.RFC2822, OPEN, NO_TOKEN, NO_SEED, sid);
	}

	public static AutopilotMockProperties with(AutopilotMockProperties.Seed seed) {
		return build(DateFormat.RFC2822, OPEN, NO_TOKEN, seed, RANDOM_SIDS);
	}

	private static AutopilotMockProperties build(DateFormat dateFormat, AutopilotMockProperties.Auth auth,
			AutopilotMockProperties.Admin admin, AutopilotMockProperties.Seed seed, AutopilotMockProperties.Sid sid) {
		return new AutopilotMockProperties(DEFAULT_ACCOUNT, null, dateFormat, true, false, auth, admin, seed, sid,
				new AutopilotMockProperties.Journal(1000), AutopilotMockProperties.Events.defaults());
	}

}
