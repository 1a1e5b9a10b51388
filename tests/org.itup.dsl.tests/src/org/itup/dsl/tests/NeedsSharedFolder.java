package org.itup.dsl.tests;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips a test class that reads the team's shared folder (the seed documents) when the folder is absent, as in a
 * clone alone, saying what to pass. CI, where the folder must be, fails the build instead (the root pom's
 * {@code ci-needs-shared-folder} profile). A condition rather than an assumption: under the OSGi test runtime an
 * assumption's exception can come from another copy of its class and count as an error.
 */
public final class NeedsSharedFolder implements ExecutionCondition {

	static Path location() {
		String value = System.getProperty("itup.shared.dir");
		return Path.of(value == null ? "../shared" : value).toAbsolutePath().normalize();
	}

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		Path folder = location();
		return Files.isDirectory(folder) ? ConditionEvaluationResult.enabled("the team's shared folder is at " + folder)
				: ConditionEvaluationResult.disabled("skipped: the team's shared folder is not at " + folder
						+ "; pass -Ditup.shared.dir=/path/to/shared to run these tests");
	}
}
