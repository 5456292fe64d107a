package io.autopilotmock.image;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static io.autopilotmock.image.Docker.docker;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The image as {@code docker run} starts it: how fast it answers and turns healthy, what
 * it declares, who it runs as, and its opt-in Prometheus endpoint.
 */
@EnabledIfImage
class ImageIT {

	/**
	 * Measured on the project's 2-core CI machine: the first answer 2.4 s after
	 * {@code docker run} and {@code healthy} after 5.9 s (the check runs every 5 s) when
	 * the machine is quiet; 14 s and 17 s while other builds load both cores. The bounds
	 * leave room for that.
	 */
	static final Duration FIRST_ANSWER = Duration.ofSeconds(30);

	static final Duration HEALTHY = Duration.ofSeconds(40);

	@Test
	void shouldAnswerAndTurnHealthyWithinTheirBounds() throws Exception {
		try (Container container = Container.run()) {
			double answered = container.awaitFirstAnswer(FIRST_ANSWER);
			double healthy = container.awaitHealthy(HEALTHY);
			Thread.sleep(3000);
			String memory = docker("stats", "--no-stream", "--format", "{{.MemUsage}}", container.name());
			long size = Long.parseLong(docker("image", "inspect", "--format", "{{.Size}}", Docker.IMAGE));
			System.out.printf("ImageIT: image %d MB; first answer %.1f s, healthy %.1f s after docker run; idle %s%n",
					size / 1_000_000, answered, healthy, memory);
			// "[warning]": the JVM's own, e.g. about its AOT cache.
			assertThat(container.logs()).doesNotContain("ERROR", "Exception", "[warning]");
		}
	}

	@Test
	void shouldDeclareItsPortVolumeAndHealthCheckWithoutCurl() {
		assertThat(docker("image", "inspect", "--format", "{{json .Config.ExposedPorts}}", Docker.IMAGE))
			.isEqualTo("{\"8080/tcp\":{}}");
		assertThat(docker("image", "inspect", "--format", "{{json .Config.Volumes}}", Docker.IMAGE))
			.isEqualTo("{\"/data\":{}}");
		assertThat(docker("image", "inspect", "--format", "{{json .Config.Healthcheck.Test}}", Docker.IMAGE))
			.isEqualTo("[\"CMD\",\"healthcheck\"]");
	}

	@Test
	void shouldRunAsAUserOtherThanRoot() throws Exception {
		assertThat(docker("image", "inspect", "--format", "{{.Config.User}}", Docker.IMAGE)).isEqualTo("autopilot");
		try (Container container = Container.run()) {
			container.awaitFirstAnswer(FIRST_ANSWER);
			// The JVM is process 1 (docker/start execs it): its real and effective uid.
			String uids = docker("exec", container.name(), "awk", "/^Uid:/ {print $2, $3}", "/proc/1/status");
			assertThat(uids).isEqualTo("10001 10001");
			assertThat(docker("exec", container.name(), "id", "-un")).isEqualTo("autopilot");
			// Its data directory is its own, so the file profile can write there.
			assertThat(docker("exec", container.name(), "stat", "-c", "%U", "/data")).isEqualTo("autopilot");
		}
	}

	@Test
	void prometheusShouldBeOffByDefaultAndOnWithOneSetting() throws Exception {
		try (Container off = Container.run()) {
			off.awaitFirstAnswer(FIRST_ANSWER);
			assertThat(off.get("/actuator/prometheus").statusCode()).isEqualTo(404);
		}
		try (Container on = Container.run("-e", "AUTOPILOT_MOCK_METRICS_PROMETHEUS=true")) {
			on.awaitFirstAnswer(FIRST_ANSWER);
			String webhooks = "/v1/Assistants/UA0123456789abcdef0123456789abcdef/Webhooks";
			assertThat(on
				.post(webhooks, Map.of("UniqueName", "metered", "Events", "onDialogueStart", "WebhookUrl",
						"https://example.com/hook"))
				.statusCode()).isEqualTo(201);
			assertThat(on.get(webhooks + "/metered").statusCode()).isEqualTo(200);
			HttpResponse<String> scrape = on.get("/actuator/prometheus");
			assertThat(scrape.statusCode()).isEqualTo(200);
			assertThat(scrape.body()).contains(
					"autopilot_api_requests_seconds_count{operation=\"CreateWebhook\",status=\"201\"} 1",
					"autopilot_api_requests_seconds_count{operation=\"FetchWebhook\",status=\"200\"} 1",
					"autopilot_store_assistants 1", "autopilot_store_webhooks 1");
			for (String line : List.of("autopilot_api_requests_seconds_bucket", "jvm_memory_used_bytes")) {
				assertThat(scrape.body()).contains(line);
			}
		}
	}

}
