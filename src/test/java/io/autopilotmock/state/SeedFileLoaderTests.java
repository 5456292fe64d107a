package io.autopilotmock.state;

import java.nio.file.Files;
import java.nio.file.Path;

import io.autopilotmock.assistant.AssistantStore;
import io.autopilotmock.twilio.AutopilotMockProperties;
import io.autopilotmock.twilio.TestProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.transaction.support.TransactionOperations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

/**
 * The seed file's reasons for stopping start-up, without starting one.
 */
class SeedFileLoaderTests {

	@TempDir
	Path directory;

	private final AssistantStore assistants = mock();

	private final StateChecks checks = mock();

	@Test
	void missingFileShouldBeNamed() {
		Path missing = this.directory.resolve("missing.json");
		assertReason(missing, "Cannot read the seed file " + missing + ": no such file");
	}

	@Test
	void fileThatIsNotJsonShouldBeNamedWithTheLine() throws Exception {
		Path file = Files.writeString(this.directory.resolve("seed.json"), "{\"accounts\": [\n  {\"account_sid\": }");
		assertReason(file,
				"Cannot load the seed file " + file + ": The state document is not JSON at line 2, column 19");
	}

	@Test
	void emptyFileShouldBeNamed() throws Exception {
		Path file = Files.writeString(this.directory.resolve("seed.json"), "");
		assertReason(file,
				"Cannot load the seed file " + file + ": Send the state document as JSON: {\"accounts\": [...]}");
	}

	@Test
	void storeWithAssistantsShouldNotBeSeeded() throws Exception {
		Path file = Files.writeString(this.directory.resolve("seed.json"), "not even JSON");
		given(this.assistants.isEmpty()).willReturn(false);
		loader(file).afterSingletonsInstantiated();
		verifyNoInteractions(this.checks);
	}

	private void assertReason(Path file, String reason) {
		given(this.assistants.isEmpty()).willReturn(true);
		assertThatExceptionOfType(SeedFileException.class).isThrownBy(() -> loader(file).afterSingletonsInstantiated())
			.satisfies((ex) -> assertThat(SeedFileTests.analysis(ex).getDescription()).isEqualTo(reason));
	}

	private SeedFileLoader loader(Path file) {
		AutopilotMockProperties properties = TestProperties.with(new AutopilotMockProperties.Seed(file));
		SidSequence sids = mock();
		StateService state = new StateService(this.assistants, mock(), this.checks, sids,
				TransactionOperations.withoutTransaction(), JsonMapper.builder().build());
		return new SeedFileLoader(properties, state, this.assistants, sids);
	}

}
