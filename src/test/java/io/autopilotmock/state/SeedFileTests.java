package io.autopilotmock.state;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.autopilotmock.AutopilotMockApplication;
import io.autopilotmock.twilio.SeededSidGenerator;
import io.autopilotmock.twilio.SidPrefix;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.ConfigurableApplicationContext;

import static io.autopilotmock.state.ControlApi.as;
import static io.autopilotmock.state.ControlApi.createWebhook;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hamcrest.Matchers.equalTo;

/**
 * {@code autopilot-mock.seed.file} on a store on disk, as the {@code file} profile keeps
 * it: loaded into the empty store, not again on a restart, and a bad file stops start-up
 * with its reason.
 */
class SeedFileTests {

	private static final String ACCOUNT = "AC000000000000000000000000000005ed";

	private static final String ASSISTANT = "UA000000000000000000000000000005ed";

	private static final String SEED = """
			{"accounts": [{"account_sid": "%s", "assistants": [{"sid": "%s", "unique_name": "seeded",
			  "date_created": "2023-05-04T09:42:00Z", "date_updated": "2023-05-04T09:42:00Z",
			  "webhooks": [{"sid": "UM000000000000000000000000000005ed", "unique_name": "seeded-hook",
			    "events": "onDialogueStart", "webhook_url": "https://example.com/seeded"}]}]}]}
			""".formatted(ACCOUNT, ASSISTANT);

	@TempDir
	Path directory;

	@Test
	void seedFileShouldBeLoadedIntoAnEmptyStoreOnlyAndTheSidSequenceContinueAfterARestart() throws Exception {
		Path seed = Files.writeString(this.directory.resolve("seed.json"), SEED);
		String minted;
		try (ConfigurableApplicationContext context = start(seed)) {
			as(ACCOUNT).get("/v1/Assistants/seeded/Webhooks/seeded-hook")
				.then()
				.statusCode(200)
				.body("sid", equalTo("UM000000000000000000000000000005ed"));
			minted = createWebhook(ACCOUNT, ASSISTANT, "added").then().statusCode(201).extract().path("sid");
		}
		SeededSidGenerator sequence = new SeededSidGenerator("restart-seed");
		assertThat(minted).isEqualTo(sequence.next(SidPrefix.WEBHOOK));
		try (ConfigurableApplicationContext context = start(seed)) {
			List<String> names = as(ACCOUNT).get("/v1/Assistants/seeded/Webhooks")
				.jsonPath()
				.getList("webhooks.unique_name");
			assertThat(names).containsExactly("seeded-hook", "added");
			String next = createWebhook(ACCOUNT, ASSISTANT, "after-restart").then()
				.statusCode(201)
				.extract()
				.path("sid");
			assertThat(next).isEqualTo(sequence.next(SidPrefix.WEBHOOK));
		}
	}

	@Test
	void badSeedFileShouldStopStartUpWithAOneLineReason() throws Exception {
		Path seed = Files.writeString(this.directory.resolve("bad.json"),
				SEED.replace("https://example.com/seeded", "ftp://x"));
		assertThatExceptionOfType(Exception.class).isThrownBy(() -> start(seed).close())
			.satisfies((ex) -> assertThat(analysis(ex).getDescription()).isEqualTo("Cannot load the seed file " + seed
					+ ": accounts[0].assistants[0].webhooks[0]: WebhookUrl must be an absolute http or https URL, was ftp://x"));
	}

	private ConfigurableApplicationContext start(Path seed) {
		// Arguments, not default properties, which application.properties would override.
		ConfigurableApplicationContext context = new SpringApplicationBuilder(AutopilotMockApplication.class)
			.web(WebApplicationType.SERVLET)
			.run("--server.port=0", "--autopilot-mock.seed.file=" + seed, "--autopilot-mock.sid.seed=restart-seed",
					"--spring.datasource.url=jdbc:h2:file:" + this.directory.resolve("autopilot")
							+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
		RestAssured.port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
		return context;
	}

	static FailureAnalysis analysis(Throwable failure) {
		Throwable cause = failure;
		while (cause != null && !(cause instanceof SeedFileException)) {
			cause = cause.getCause();
		}
		assertThat(cause).isInstanceOf(SeedFileException.class);
		FailureAnalysis analysis = new SeedFileFailureAnalyzer().analyze(failure);
		assertThat(analysis.getDescription()).doesNotContain("\n");
		return analysis;
	}

}
