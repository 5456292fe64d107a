package io.autopilotmock.image;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.autopilotmock.twilio.TestAccounts;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The twilio-node and twilio-python snippets of docs/sdks.md, as written, run against the
 * emulator: only its address and its assistant are this test's. twilio-node 4.21.0 comes
 * from the npm registry (into {@code target/twilio-node}, once), twilio-python 7.7.1 from
 * Debian's {@code python3-twilio} for {@code /usr/bin/python3}. Each is skipped where its
 * runtime is missing; CI installs both.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SdkSnippetTests {

	private static final Path DIRECTORY = Path.of("target", "sdk-snippets");

	private static final String PYTHON = "/usr/bin/python3";

	@LocalServerPort
	int port;

	@Test
	void theTwilioNodeSnippetShouldCreateAWebhookAndReadItsDate() throws Exception {
		assumeTrue(runs("node", "--version") && runs("npm", "--version"), "Node.js and npm are not on the path");
		Files.createDirectories(DIRECTORY);
		if (!Files.isDirectory(DIRECTORY.resolve("node_modules/twilio"))) {
			assertThat(run(300, "npm", "install", "--no-audit", "--no-fund", "--prefix", ".", "twilio@4.21.0"))
				.isNotNull();
		}
		String output = runSnippet("```js", "## twilio-node 4.21.0", "create-webhook.js", "node");
		// twilio-node parses the RFC 2822 default into a Date.
		assertThat(output).matches("UM[0-9a-f]{32} \\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.000Z");
	}

	@Test
	void theTwilioPythonSnippetShouldCreateAWebhookAndGiveTheRawDate() throws Exception {
		assumeTrue(runs(PYTHON, "-c", "import twilio; assert twilio.__version__ == '7.7.1'"),
				"twilio-python 7.7.1 is not installed for " + PYTHON + " (Debian: apt-get install python3-twilio)");
		Files.createDirectories(DIRECTORY);
		String output = runSnippet("```python", "## twilio-python 7.7.1", "create_webhook.py", PYTHON);
		// As the page says: with RFC 2822 dates twilio-python 7.7.1 gives the string.
		assertThat(output).matches("UM[0-9a-f]{32} \\w{3}, \\d{2} \\w{3} \\d{4} \\d{2}:\\d{2}:\\d{2} \\+0000");
	}

	private String runSnippet(String fence, String heading, String file, String runtime) throws Exception {
		String snippet = Readme.block(Readme.page("docs/sdks.md"), fence, heading)
			.replace("http://localhost:8080", "http://127.0.0.1:" + this.port)
			.replace("UA0123456789abcdef0123456789abcdef", TestAccounts.freshAssistant());
		Files.writeString(DIRECTORY.resolve(file), snippet);
		return run(60, runtime, file);
	}

	/** Runs the command in the snippets' directory, expecting it to succeed. */
	private static String run(int timeoutSeconds, String... command) throws Exception {
		Process process = new ProcessBuilder(command).directory(DIRECTORY.toFile()).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
		assertThat(process.waitFor(timeoutSeconds, TimeUnit.SECONDS)).as("%s finished", List.of(command)).isTrue();
		assertThat(process.exitValue()).as(output).isZero();
		return output;
	}

	private static boolean runs(String... command) {
		try {
			Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
			process.getInputStream().readAllBytes();
			return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
		}
		catch (IOException | InterruptedException ex) {
			return false;
		}
	}

}
