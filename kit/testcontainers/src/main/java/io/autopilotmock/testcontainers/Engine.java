package io.autopilotmock.testcontainers;

import com.github.dockerjava.api.exception.NotFoundException;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.utility.TestcontainersConfiguration;

/**
 * Whether this machine can run the emulator's container: an engine answers, it holds the
 * image (no registry is asked), and Testcontainers' Ryuk can start or is disabled.
 */
public final class Engine {

	private Engine() {
	}

	/** {@code null} when the image can run here, else why not. */
	public static String unavailable(String image) {
		if (!DockerClientFactory.instance().isDockerAvailable()) {
			return "no Docker engine answers";
		}
		if (!present(image)) {
			return "the engine has no image " + image + " (docker build -t " + image + " .)";
		}
		TestcontainersConfiguration configuration = TestcontainersConfiguration.getInstance();
		boolean ryukDisabled = Boolean.parseBoolean(configuration.getEnvVarOrProperty("ryuk.disabled", "false"));
		if (!ryukDisabled && !present(configuration.getRyukImage())) {
			return "the engine has no " + configuration.getRyukImage()
					+ " for Testcontainers' Ryuk (set TESTCONTAINERS_RYUK_DISABLED=true)";
		}
		return null;
	}

	private static boolean present(String image) {
		try {
			DockerClientFactory.instance().client().inspectImageCmd(image).exec();
			return true;
		}
		catch (NotFoundException ex) {
			return false;
		}
	}

}
