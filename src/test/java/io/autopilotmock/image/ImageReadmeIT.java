package io.autopilotmock.image;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static io.autopilotmock.image.Docker.docker;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every {@code docker run} line of the README, run as written: only the published port (a
 * free one instead of 8080), a container name and {@code -d} are added, and a named
 * volume is given a name of its own. Then the README's curl against it, and what the line
 * promises: ISO 8601 dates, strict credentials, data kept across {@code docker rm}, JSON
 * logs, the seed file (given in {@code $PWD/fixtures}). The PostgreSQL lines name a
 * database at db.example.com and are not run.
 */
@EnabledIfImage
class ImageReadmeIT {

	private static final String CREATE_CURL = Readme.commands("curl -X POST").get(0);

	private static final String ISO_8601 = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ";

	private static final String SEEDED_ASSISTANT = "UAfeedfeedfeedfeedfeedfeedfeedfeed";

	/** The seed file the README's seed line mounts: one assistant with one webhook. */
	private static final String SEED = """
			{"accounts": [{"account_sid": "AC00000000000000000000000000000000", "assistants": [{
			  "sid": "%s", "unique_name": "seeded",
			  "webhooks": [{"unique_name": "seeded-hook", "events": "onDialogueEnd",
			    "webhook_url": "https://example.com/seeded", "webhook_method": "POST"}]}]}]}
			""".formatted(SEEDED_ASSISTANT);

	private static final String RFC_2822 = "\\w{3}, \\d\\d \\w{3} \\d{4} \\d\\d:\\d\\d:\\d\\d \\+0000";

	static Stream<String> dockerRunLines() {
		return Readme.commands("docker run").stream().filter((line) -> !line.contains("POSTGRES_URL"));
	}

	@Test
	void readmeShouldShowEveryWayToRunTheImage() {
		List<String> lines = dockerRunLines().toList();
		assertThat(lines).anyMatch((line) -> line.equals("docker run --rm -p 8080:8080 autopilot-mock"))
			.anyMatch((line) -> line.contains("AUTOPILOT_MOCK_DATE_FORMAT=iso8601"))
			.anyMatch((line) -> line.contains("AUTOPILOT_MOCK_AUTH_MODE=strict"))
			.anyMatch((line) -> line.contains("SPRING_PROFILES_ACTIVE=file -v autopilot-data:/data"))
			.anyMatch((line) -> line.contains("LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs"));
		assertThat(Readme.commands("docker run")).filteredOn((line) -> line.contains("POSTGRES_URL")).hasSize(2);
	}

	@ParameterizedTest
	@MethodSource("dockerRunLines")
	void dockerRunLineShouldWorkAsWritten(String line) throws Exception {
		String volume = Container.uniqueName("volume");
		try {
			String sid;
			try (Container container = start(line, volume)) {
				if (line.contains("AUTOPILOT_MOCK_AUTH_MODE=strict")) {
					sid = checkStrict(container);
				}
				else {
					String created = createWithReadmeCurl(container, "");
					assertThat(JsonPath.<String>read(created, "$.date_created"))
						.matches(line.contains("iso8601") ? ISO_8601 : RFC_2822);
					sid = JsonPath.read(created, "$.sid");
				}
				if (line.contains("AUTOPILOT_MOCK_SEED_FILE")) {
					HttpResponse<String> seeded = container
						.get("/v1/Assistants/" + SEEDED_ASSISTANT + "/Webhooks/seeded-hook");
					assertThat(seeded.statusCode()).as(seeded.body()).isEqualTo(200);
					assertThat(JsonPath.<String>read(seeded.body(), "$.webhook_url"))
						.isEqualTo("https://example.com/seeded");
				}
				if (line.contains("LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs")) {
					awaitLog(container, "\"operation\":\"CreateWebhook\"");
					assertThat(container.logs().lines().filter((log) -> log.contains("CreateWebhook")))
						.allMatch((log) -> log.startsWith("{") && log.contains("\"status\":\"201\"")
								&& log.contains("\"account_sid\":\"AC00000000000000000000000000000000\""));
				}
			}
			if (line.contains("-v autopilot-data:/data")) {
				// docker rm (the line's --rm), then a new container on the same volume.
				try (Container again = start(line, volume)) {
					HttpResponse<String> fetched = again
						.get("/v1/Assistants/UA0123456789abcdef0123456789abcdef/Webhooks/" + sid);
					assertThat(fetched.statusCode()).isEqualTo(200);
					assertThat(JsonPath.<String>read(fetched.body(), "$.unique_name")).isEqualTo("my-hook");
				}
			}
		}
		finally {
			Docker.run(Duration.ofSeconds(30), List.of("docker", "volume", "rm", "-f", volume));
		}
	}

	private static Container start(String line, String volume) throws InterruptedException {
		String name = Container.uniqueName("readme");
		String command = line.replaceFirst("^docker run ", "docker run -d --name " + name + " ")
			.replace("-p 8080:8080", "-p 127.0.0.1::8080")
			.replace("autopilot-data:/data", volume + ":/data")
			.replace("\"$PWD/fixtures:", "\"" + fixtures() + ":");
		long started = System.nanoTime();
		Docker.Result result = Docker.bash(Duration.ofMinutes(1), command);
		assertThat(result.ok()).as(command + ": " + result.err()).isTrue();
		Container container = Container.named(name, started);
		container.awaitFirstAnswer(ImageIT.FIRST_ANSWER);
		return container;
	}

	/** A folder holding {@code state.json}, readable by the image's user. */
	private static Path fixtures() {
		try {
			Path folder = Files.createTempDirectory("autopilot-mock-fixtures");
			Files.writeString(folder.resolve("state.json"), SEED);
			Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
			Files.setPosixFilePermissions(folder.resolve("state.json"), PosixFilePermissions.fromString("rw-r--r--"));
			return folder;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The README's first curl, only its port changed, with these curl options added. */
	private static String createWithReadmeCurl(Container container, String options) {
		String command = CREATE_CURL.replace("localhost:8080", "localhost:" + container.port())
			.replaceFirst("^curl ", "curl -sS --fail-with-body " + options);
		Docker.Result result = Docker.bash(Duration.ofSeconds(30), command);
		assertThat(result.ok()).as(command + ": " + result.err() + result.out()).isTrue();
		assertThat(JsonPath.<String>read(result.out(), "$.unique_name")).isEqualTo("my-hook");
		return result.out();
	}

	/** Without credentials 401; the README's curl with its credentials passes. */
	private static String checkStrict(Container container) throws Exception {
		HttpResponse<String> refused = container.get("/v1/Assistants");
		assertThat(refused.statusCode()).isEqualTo(401);
		assertThat(refused.body()).isEqualTo(
				"{\"code\":20003,\"message\":\"Authenticate\",\"more_info\":\"https://www.twilio.com/docs/errors/20003\",\"status\":401}");
		String curl = Readme.commands("curl -u AC").get(0).replace("localhost:8080", "localhost:" + container.port());
		Docker.Result listed = Docker.bash(Duration.ofSeconds(30), curl.replaceFirst("^curl ", "curl -sS --fail "));
		assertThat(listed.ok()).as(curl + ": " + listed.err()).isTrue();
		assertThat(JsonPath.<List<Object>>read(listed.out(), "$.assistants")).isEmpty();
		String created = createWithReadmeCurl(container, "-u SK0123456789abcdef0123456789abcdef:my-key-secret ");
		assertThat(JsonPath.<String>read(created, "$.account_sid")).isEqualTo("AC0123456789abcdef0123456789abcdef");
		return JsonPath.read(created, "$.sid");
	}

	private static void awaitLog(Container container, String text) throws InterruptedException {
		for (int i = 0; i < 50 && !container.logs().contains(text); i++) {
			Thread.sleep(100);
		}
		assertThat(container.logs()).contains(text);
	}

}
