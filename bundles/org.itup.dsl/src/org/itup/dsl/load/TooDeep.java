package org.itup.dsl.load;

import java.nio.file.Path;

import org.itup.dsl.load.PlanDiagnostic.Severity;
import org.itup.dsl.validation.IssueCodes;

/**
 * Blocks nested thousands of levels deep exhaust the parser's and validator's stack. No real plan nests like that,
 * so such a file gets one clear error, at the brace that opens its deepest block, instead of a crash.
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

	static PlanDiagnostic diagnostic(Path file, String text) {
		BlockDepth deepest = BlockDepth.deepest(text);
		String message = String.format("blocks are nested %,d levels deep here, too deep to be read; no plan needs"
				+ " more than a few levels: close the blocks that are left open", deepest.depth());
		if (deepest.depth() == 0) {
			return PlanDiagnostic.aboutFile(file, Severity.ERROR, message, IssueCodes.TOO_DEEP);
		}
		return new PlanDiagnostic(file, deepest.line(), deepest.column(), deepest.line(), deepest.column() + 1,
				Severity.ERROR, message, IssueCodes.TOO_DEEP);
	}
}
