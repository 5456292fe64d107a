package io.autopilotmock.image;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import java.time.Duration;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;
import org.testcontainers.utility.TestcontainersConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The README's Testcontainers recipe, as a user's test runs it. Offline, as in CI,
 * Testcontainers runs without its Ryuk container and reaches the engine on localhost: the
 * build sets {@code TESTCONTAINERS_RYUK_DISABLED} and
 * {@code TESTCONTAINERS_HOST_OVERRIDE} when {@code CI=true} (the pom's {@code ci}
 * profile), never the recipe.
 */
@EnabledIfImage
class TestcontainersIT {

	/**
	 * Testcontainers starts its Ryuk container first, unless told not to: where the
	 * engine has not got its image and cannot pull it (no registry), the recipe cannot
	 * run, and the test is skipped with the way out. CI disables Ryuk instead.
	 */
	@BeforeAll
	static void ryukShouldBeAvailableOrDisabled() {
		TestcontainersConfiguration configuration = TestcontainersConfiguration.getInstance();
		if (Boolean.parseBoolean(configuration.getEnvVarOrProperty("ryuk.disabled", "false"))) {
			return;
		}
		String ryuk = configuration.getRyukImage();
		boolean present = Docker.run(Duration.ofSeconds(20), List.of("docker", "image", "inspect", ryuk)).ok()
				|| Docker.run(Duration.ofSeconds(60), List.of("docker", "pull", ryuk)).ok();
		assumeTrue(present, () -> "Testcontainers needs " + ryuk
				+ ", which this engine has not got and cannot pull: set TESTCONTAINERS_RYUK_DISABLED=true");
	}

	@Test
	void readmeRecipeShouldStartAnEmulatorThatAnswers() throws Exception {
		String baseUrlSeen;
		// README: Testcontainers
		try (GenericContainer<?> autopilot = new GenericContainer<>(DockerImageName.parse("autopilot-mock"))
			.withExposedPorts(8080)
			.withEnv("AUTOPILOT_MOCK_DATE_FORMAT", "iso8601")
			.waitingFor(Wait.forHttp("/actuator/health/readiness").forStatusCode(200))) {
			autopilot.start();
			String baseUrl = "http://" + autopilot.getHost() + ":" + autopilot.getMappedPort(8080);
			// point your Twilio client at baseUrl (see "Using the official SDKs")
			// README: end
			baseUrlSeen = baseUrl;
			HttpResponse<String> created = Container.send(HttpRequest
				.newBuilder(URI.create(baseUrl + "/v1/Assistants/UA0123456789abcdef0123456789abcdef/Webhooks"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers
					.ofString("UniqueName=tc&Events=onDialogueStart&WebhookUrl=https%3A%2F%2Fexample.com")));
			assertThat(created.statusCode()).isEqualTo(201);
			assertThat(JsonPath.<String>read(created.body(), "$.date_created"))
				.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
			assertThat(JsonPath.<String>read(created.body(), "$.url")).startsWith(baseUrl + "/v1/");
		}
		assertThat(baseUrlSeen).startsWith("http://");
	}

}
