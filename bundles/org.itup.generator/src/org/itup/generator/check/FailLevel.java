package org.itup.generator.check;

import java.util.Locale;

import org.itup.dsl.load.LoadedPlans;
import org.itup.dsl.load.PlanDiagnostic.Severity;
import org.itup.generator.GenerationOptionException;

/**
 * The least severe finding that fails a build (or stops generation): errors by default; stricter builds fail on
 * warnings or infos too, and {@code none} only reports.
 */
public enum FailLevel {
	ERROR, WARNING, INFO, NONE;

	public static FailLevel named(String name) {
		try {
			return valueOf(name.strip().toUpperCase(Locale.ROOT));
		} catch (IllegalArgumentException e) {
			throw new GenerationOptionException("unknown fail-on level '" + name + "': use error, warning, info or none");
		}
	}

	public boolean fails(LoadedPlans loaded) {
		return switch (this) {
		case ERROR -> loaded.count(Severity.ERROR) > 0;
		case WARNING -> loaded.count(Severity.ERROR) + loaded.count(Severity.WARNING) > 0;
		case INFO -> !loaded.diagnostics().isEmpty();
		case NONE -> false;
		};
	}
}
