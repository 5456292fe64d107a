package io.autopilotmock.image;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The test kit's snippets are the sample consumer project's files, which {@code .ci/kit}
 * builds and tests with Docker and without: the README's test and docs/test-kit.md's code
 * verbatim, and its pom.xml lines as they stand in the sample's pom.
 */
class KitDocsTests {

	private static final Path SAMPLE = Path.of("samples/consumer");

	@Test
	void readmeTestShouldBeTheSamplesTest() throws IOException {
		assertThat(Readme.blocks(Readme.page("README.md"), "```java"))
			.containsExactly(sample("src/test/java/com/example/bot/WebhookSetupTests.java"));
	}

	@Test
	void kitPageCodeShouldBeTheSamplesCode() throws IOException {
		List<String> java = Readme.blocks(Readme.page("docs/test-kit.md"), "```java");
		assertThat(java).hasSize(3);
		assertThat(java.subList(0, 2)).containsExactly(sample("src/main/java/com/example/bot/WebhookSetup.java"),
				sample("src/test/java/com/example/bot/WebhookSetupTests.java"));
	}

	@Test
	void kitPagePomLinesShouldBeTheSamplesPom() throws IOException {
		String pom = normalized(sample("pom.xml"));
		List<String> xml = Readme.blocks(Readme.page("docs/test-kit.md"), "```xml");
		assertThat(xml).hasSize(3).allSatisfy((block) -> assertThat(pom).contains(normalized(block)));
		assertThat(String.join("", xml)).contains("<artifactId>autopilot-mock-kit-bom</artifactId>")
			.contains("<artifactId>autopilot-mock-junit</artifactId>")
			.contains("<autopilotmock.jar>");
	}

	private static String sample(String path) throws IOException {
		return Files.readString(SAMPLE.resolve(path));
	}

	private static String normalized(String xml) {
		return xml.replaceAll("\\s+", " ").strip();
	}

}
