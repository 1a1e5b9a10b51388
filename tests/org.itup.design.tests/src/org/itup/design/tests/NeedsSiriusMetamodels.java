package org.itup.design.tests;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips a check of the viewpoint against Sirius's metamodels when the team's shared folder that holds them is
 * absent, as in a clone alone, saying what to pass; CI fails the build instead (the root pom's
 * {@code ci-needs-shared-folder} profile). A condition, not an assumption, because the OSGi test runtime may count
 * an assumption's exception from another copy of its class as an error.
 */
final class NeedsSiriusMetamodels implements ExecutionCondition {

	static Path location() {
		String value = System.getProperty("itup.shared.dir");
		return Path.of(value == null ? "../shared" : value).resolve("sirius/metamodels").toAbsolutePath().normalize();
	}

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		Path metamodels = location();
		return Files.isDirectory(metamodels) ? ConditionEvaluationResult.enabled("Sirius's metamodels are at " + metamodels)
				: ConditionEvaluationResult.disabled("skipped: Sirius's metamodels are not at " + metamodels
						+ "; pass -Ditup.shared.dir=/path/to/shared to check the viewpoint against them");
	}
}
