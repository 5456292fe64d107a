package io.autopilotmock.image;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's compose file says what a user needs: this image, its own health check, the
 * emulator's port, and the application started only once the emulator is healthy, pointed
 * at it by its service name.
 */
class ComposeExampleTests {

	@Test
	@SuppressWarnings("unchecked")
	void composeExampleShouldGateTheAppOnTheEmulatorsHealth() {
		Map<String, Object> compose = new Yaml().load(Readme.block("```yaml"));
		Map<String, Object> services = (Map<String, Object>) compose.get("services");
		assertThat(services).containsOnlyKeys("autopilot-mock", "app");

		Map<String, Object> emulator = (Map<String, Object>) services.get("autopilot-mock");
		assertThat(emulator).containsEntry("image", Docker.IMAGE).containsEntry("ports", List.of("8080:8080"));
		assertThat((Map<String, Object>) emulator.get("environment")).containsEntry("AUTOPILOT_MOCK_DATE_FORMAT",
				"iso8601");
		Map<String, Object> healthcheck = (Map<String, Object>) emulator.get("healthcheck");
		// The image's own check: no curl in the image to call instead.
		assertThat(healthcheck).containsEntry("test", List.of("CMD", "healthcheck"));
		assertThat(healthcheck.keySet()).contains("interval", "retries");

		Map<String, Object> app = (Map<String, Object>) services.get("app");
		assertThat(app.get("depends_on")).isEqualTo(Map.of("autopilot-mock", Map.of("condition", "service_healthy")));
		assertThat(((Map<String, Object>) app.get("environment")).values()).contains("http://autopilot-mock:8080");
	}

}
