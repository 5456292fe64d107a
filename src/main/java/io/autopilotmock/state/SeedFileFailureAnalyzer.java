package io.autopilotmock.state;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a seed file that cannot be loaded into its one-line reason instead of a stack
 * trace.
 */
class SeedFileFailureAnalyzer extends AbstractFailureAnalyzer<SeedFileException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, SeedFileException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Fix the file, or unset AUTOPILOT_MOCK_SEED_FILE (autopilot-mock.seed.file).", cause);
	}

}
