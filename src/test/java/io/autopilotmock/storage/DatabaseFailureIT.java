package io.autopilotmock.storage;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Clear failures: a database that cannot be reached at start-up stops the process with a
 * one-line reason; one that goes away while running answers 503 and recovers by itself.
 */
class DatabaseFailureIT {

	@Test
	void unreachableDatabaseAtStartUpShouldExit1WithOneLineReason() throws Exception {
		AppProcess app = AppProcess.launch(PostgresDatabase.environment("jdbc:postgresql://127.0.0.1:9/nowhere"));
		int exit = app.waitForExit(Duration.ofSeconds(90));
		assertThat(exit).isEqualTo(1);
		assertThat(app.output()).contains("APPLICATION FAILED TO START")
			.containsPattern("\nCannot use the database: Connection to 127.0.0.1:9 refused[^\n]*\n")
			.doesNotContain("\tat ");
	}

	@Test
	@EnabledIfEnvironmentVariable(named = "POSTGRES_URL", matches = ".+")
	void databaseGoingAwayShouldBe503AndRecoverByItself() throws Exception {
		URI database = URI.create(PostgresDatabase.url().substring("jdbc:".length()));
		try (TcpProxy proxy = new TcpProxy(database.getHost(), database.getPort());
				AppProcess app = AppProcess.start(PostgresDatabase
					.environment("jdbc:postgresql://127.0.0.1:" + proxy.port() + database.getPath()))) {
			String webhooks = "/v1/Assistants/UA%032x/Webhooks".formatted(System.nanoTime());
			assertThat(app.post(webhooks, hook("before")).statusCode()).isEqualTo(201);

			assertThat(app.get("/actuator/health/readiness").statusCode()).isEqualTo(200);

			proxy.cut();
			HttpResponse<String> down = app.post(webhooks, hook("during"));
			assertThat(down.statusCode()).isEqualTo(503);
			assertThat(JsonPath.<Integer>read(down.body(), "$.code")).isEqualTo(20503);
			assertThat(JsonPath.<Integer>read(down.body(), "$.status")).isEqualTo(503);
			assertThat(app.get(webhooks + "/before").statusCode()).isEqualTo(503);
			// Not ready, so that traffic goes elsewhere; still alive, so that nothing
			// restarts the emulator for the database's outage.
			HttpResponse<String> readiness = app.get("/actuator/health/readiness");
			assertThat(readiness.statusCode()).isEqualTo(503);
			assertThat(JsonPath.<String>read(readiness.body(), "$.status")).isEqualTo("DOWN");
			HttpResponse<String> liveness = app.get("/actuator/health/liveness");
			assertThat(liveness.statusCode()).isEqualTo(200);
			assertThat(JsonPath.<String>read(liveness.body(), "$.status")).isEqualTo("UP");

			proxy.restore();
			int status = 0;
			for (int attempt = 0; attempt < 60 && status != 201; attempt++) {
				status = app.post(webhooks, hook("after")).statusCode();
				if (status != 201) {
					Thread.sleep(500);
				}
			}
			assertThat(status).as("a create after the database came back").isEqualTo(201);
			assertThat(app.get("/actuator/health/readiness").statusCode()).isEqualTo(200);
			assertThat(app.get(webhooks + "/before").statusCode()).isEqualTo(200);
			assertThat(app.get(webhooks + "/during").statusCode()).isEqualTo(404);
		}
	}

	private static Map<String, String> hook(String uniqueName) {
		return Map.of("UniqueName", uniqueName, "Events", "onDialogueStart", "WebhookUrl", "https://example.com");
	}

}
