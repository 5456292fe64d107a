package io.autopilotmock.image;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Testcontainers recipe without the kit (docs/test-kit.md) is the code
 * {@link TestcontainersIT} runs, line for line.
 */
class ReadmeRecipeTests {

	@Test
	void readmeRecipeShouldBeTheCodeTheTestRuns() throws IOException {
		List<String> test = Files.readAllLines(Path.of("src/test/java/io/autopilotmock/image/TestcontainersIT.java"));
		List<String> recipe = test.subList(test.indexOf("\t\t// README: Testcontainers") + 1,
				test.indexOf("\t\t\t// README: end"));
		String readme = Readme.block(Readme.page("docs/test-kit.md"), "```java", "## Testcontainers without the kit");
		List<String> shown = readme.lines().toList();
		assertThat(shown.subList(0, shown.size() - 1)).containsExactlyElementsOf(
				recipe.stream().map((line) -> line.startsWith("\t\t") ? line.substring(2) : line).toList());
		assertThat(shown.get(shown.size() - 1)).isEqualTo("}");
	}

}
