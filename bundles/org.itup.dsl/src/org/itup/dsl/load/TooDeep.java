package org.itup.dsl.load;

import java.nio.file.Path;

import org.itup.dsl.load.PlanDiagnostic.Severity;
import org.itup.dsl.validation.IssueCodes;

/**
 * Blocks nested thousands of levels deep exhaust the parser's and validator's stack. No real plan nests like that,
 * so such a file gets one clear error instead of a crash.
 */
final class TooDeep {

	private TooDeep() {
	}

	static boolean isCause(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof StackOverflowError) {
				return true;
			}
		}
		return false;
	}

	static PlanDiagnostic diagnostic(Path file) {
		return PlanDiagnostic.aboutFile(file, Severity.ERROR,
				"the file nests blocks too deeply to be read (thousands of levels); no plan needs that many",
				IssueCodes.TOO_DEEP);
	}
}
