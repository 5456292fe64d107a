package io.autopilotmock.image;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Asks the engine once per run: {@code docker info}, then {@code docker image inspect}.
 */
class ImageCondition implements ExecutionCondition {

	private static volatile String missing;

	private static volatile boolean asked;

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		String reason = missing();
		if (reason == null) {
			return ConditionEvaluationResult.enabled("a container engine answers and holds " + Docker.IMAGE);
		}
		if ("true".equals(System.getenv("CI"))) {
			throw new IllegalStateException("CI=true, but " + reason
					+ ": CI must run the image's tests (.ci/image installs the engine and builds the image)");
		}
		return ConditionEvaluationResult.disabled(reason);
	}

	private static synchronized String missing() {
		if (!asked) {
			missing = ask();
			asked = true;
		}
		return missing;
	}

	private static String ask() {
		Docker.Result info = Docker.run(Duration.ofSeconds(20),
				List.of("docker", "info", "--format", "{{.ServerVersion}}"));
		if (!info.ok()) {
			return "no container engine answers (docker info: " + info.err().strip() + ")";
		}
		Docker.Result image = Docker.run(Duration.ofSeconds(20), List.of("docker", "image", "inspect", Docker.IMAGE));
		if (!image.ok()) {
			return "the engine has no image " + Docker.IMAGE + ": build it with docker build -t " + Docker.IMAGE + " .";
		}
		return null;
	}

}
