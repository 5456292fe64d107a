package io.autopilotmock.junit;

import io.autopilotmock.client.AutopilotMockAdmin;

/**
 * The emulator a test runs against.
 */
public interface AutopilotMock {

	/**
	 * Where it answers, e.g. {@code http://localhost:41234}: give it to your Twilio
	 * client.
	 */
	String baseUrl();

	/** A client of its control calls. */
	AutopilotMockAdmin admin();

	/**
	 * The URL of a receiver on this machine at this port and path, as the emulator
	 * reaches it: {@code 127.0.0.1} from a child process,
	 * {@code host.testcontainers.internal} from a container. A receiver serves both when
	 * it listens on every interface.
	 */
	String hostUrl(int port, String path);

	/** {@code container} or {@code process}. */
	String mode();

}
