package io.autopilotmock.state;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import io.autopilotmock.admin.AdminScope;
import io.autopilotmock.assistant.AssistantStore;
import io.autopilotmock.twilio.AutopilotMockProperties;
import io.autopilotmock.twilio.TwilioException;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * At start-up, before the server takes requests: the SID sequence continued after the
 * stored SIDs, then the seed file loaded, only into a store without assistants, so that
 * restarting on a file or PostgreSQL store does not load it twice.
 */
@Component
class SeedFileLoader implements SmartInitializingSingleton {

	private static final Log log = LogFactory.getLog(SeedFileLoader.class);

	private final @Nullable Path file;

	private final StateService state;

	private final AssistantStore assistants;

	private final SidSequence sidSequence;

	SeedFileLoader(AutopilotMockProperties properties, StateService state, AssistantStore assistants,
			SidSequence sidSequence) {
		this.file = properties.seed().file();
		this.state = state;
		this.assistants = assistants;
		this.sidSequence = sidSequence;
	}

	@Override
	public void afterSingletonsInstantiated() {
		this.sidSequence.continueAfterStored();
		if (this.file == null) {
			return;
		}
		if (!this.assistants.isEmpty()) {
			log.info("Seed file " + this.file + " not loaded: the store already holds assistants");
			return;
		}
		byte[] text = read(this.file);
		try {
			StateDocument loaded = this.state.replace(AdminScope.all(), this.state.parse(text));
			long assistants = loaded.accounts().stream().mapToLong((account) -> account.assistants().size()).sum();
			log.info("Loaded " + assistants + " assistants from the seed file " + this.file);
		}
		catch (TwilioException ex) {
			throw new SeedFileException("Cannot load the seed file " + this.file + ": " + ex.getMessage(), ex);
		}
	}

	private static byte[] read(Path file) {
		try {
			return Files.readAllBytes(file);
		}
		catch (NoSuchFileException ex) {
			throw new SeedFileException("Cannot read the seed file " + file + ": no such file", ex);
		}
		catch (IOException ex) {
			throw new SeedFileException("Cannot read the seed file " + file + ": " + ex.getMessage(), ex);
		}
	}

}
