package io.autopilotmock.junit;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An emulator's settings as environment variables; equal settings share an emulator.
 */
record Settings(Map<String, String> environment) {

	static Settings of(AutopilotMockTest test) {
		Map<String, String> environment = new LinkedHashMap<>();
		if (test.iso8601Dates()) {
			environment.put("AUTOPILOT_MOCK_DATE_FORMAT", "iso8601");
		}
		for (String variable : test.environment()) {
			int equals = variable.indexOf('=');
			if (equals <= 0) {
				throw new IllegalArgumentException("@AutopilotMockTest(environment) takes NAME=value, was " + variable);
			}
			environment.put(variable.substring(0, equals), variable.substring(equals + 1));
		}
		return new Settings(Map.copyOf(environment));
	}

	/** The bearer token the control calls need, if the settings set one. */
	String adminToken() {
		return this.environment.get("AUTOPILOT_MOCK_ADMIN_TOKEN");
	}

}
