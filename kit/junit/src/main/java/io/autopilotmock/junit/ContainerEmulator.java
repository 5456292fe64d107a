package io.autopilotmock.junit;

import io.autopilotmock.testcontainers.AutopilotMockContainer;

/**
 * The emulator's image, through Testcontainers.
 */
final class ContainerEmulator extends Emulator {

	private final AutopilotMockContainer container;

	private ContainerEmulator(AutopilotMockContainer container, String adminToken) {
		super(container.getBaseUrl(), adminToken);
		this.container = container;
	}

	static ContainerEmulator start(String image, Settings settings) {
		AutopilotMockContainer container = new AutopilotMockContainer(image).withHostAccess()
			.withEnv(settings.environment());
		container.start();
		return new ContainerEmulator(container, settings.adminToken());
	}

	@Override
	public String hostUrl(int port, String path) {
		return "http://" + AutopilotMockContainer.HOST + ":" + port + (path.startsWith("/") ? path : "/" + path);
	}

	@Override
	public String mode() {
		return "container";
	}

	@Override
	public void close() {
		this.container.stop();
	}

}
