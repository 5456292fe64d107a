package io.autopilotmock.image;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.autopilotmock.twilio.TestAccounts;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The twilio-node snippet of docs/sdks.md, as written, run by Node.js with twilio-node
 * 4.21.0 (installed from the npm registry into {@code target/twilio-node} once) against
 * the running emulator: only its address and its assistant are this test's. Skipped where
 * no {@code node} and {@code npm} are on the path; CI has both.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class TwilioNodeSnippetTests {

	private static final Path DIRECTORY = Path.of("target", "twilio-node");

	@LocalServerPort
	int port;

	@BeforeAll
	static void installTwilioNode() throws Exception {
		assumeTrue(runs("node", "--version") && runs("npm", "--version"), "Node.js and npm are not on the path");
		Files.createDirectories(DIRECTORY);
		if (!Files.isDirectory(DIRECTORY.resolve("node_modules/twilio"))) {
			Process npm = new ProcessBuilder("npm", "install", "--no-audit", "--no-fund", "--prefix", ".",
					"twilio@4.21.0")
				.directory(DIRECTORY.toFile())
				.redirectErrorStream(true)
				.start();
			String output = new String(npm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertThat(npm.waitFor(5, TimeUnit.MINUTES)).as("npm install finished").isTrue();
			assertThat(npm.exitValue()).as(output).isZero();
		}
	}

	@Test
	void theDocumentedSnippetShouldCreateAWebhook() throws Exception {
		String assistant = TestAccounts.freshAssistant();
		String snippet = Readme.block(Readme.page("docs/sdks.md"), "```js", "## twilio-node 4.21.0")
			.replace("http://localhost:8080", "http://127.0.0.1:" + this.port)
			.replace("UA0123456789abcdef0123456789abcdef", assistant);
		Files.writeString(DIRECTORY.resolve("create-webhook.js"), snippet);
		Process node = new ProcessBuilder("node", "create-webhook.js").directory(DIRECTORY.toFile())
			.redirectErrorStream(true)
			.start();
		String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
		assertThat(node.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(node.exitValue()).as(output).isZero();
		// The SID it printed, and the date twilio-node parsed from the RFC 2822 default.
		assertThat(output).matches("UM[0-9a-f]{32} \\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.000Z");
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
