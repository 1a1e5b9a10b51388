package org.itup.dsl.load;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.itup.dsl.load.PlanDiagnostic.Severity;
import org.itup.dsl.validation.IssueCodes;

/**
 * One line of a rule settings file: {@code org.itup.dsl.MissingOutput = error}. Blank lines and lines starting with
 * '#' or '!' are comments, as in Java properties files.
 *
 * @param severity the chosen severity; empty when the rule is to be ignored
 */
record RuleSettingLine(String code, Optional<Severity> severity) {

	static Optional<RuleSettingLine> parse(Path file, int lineNumber, String line, Set<String> knownCodes,
			Consumer<PlanDiagnostic> problems) {
		String text = line.strip();
		if (text.isEmpty() || text.startsWith("#") || text.startsWith("!")) {
			return Optional.empty();
		}
		int separator = separatorIndex(text);
		if (separator < 0) {
			problems.accept(problem(file, lineNumber, line, text,
					"expected 'code = error|warning|info|ignore' in the rule settings"));
			return Optional.empty();
		}
		String code = text.substring(0, separator).strip();
		String value = text.substring(separator + 1).strip();
		if (!knownCodes.contains(code)) {
			problems.accept(problem(file, lineNumber, line, code,
					"unknown rule code '" + code + "' in the rule settings: see docs/validation.md for the codes"));
			return Optional.empty();
		}
		if (value.equalsIgnoreCase("ignore")) {
			return Optional.of(new RuleSettingLine(code, Optional.empty()));
		}
		Optional<Severity> severity = RuleSettings.severityNamed(value);
		if (severity.isEmpty()) {
			problems.accept(problem(file, lineNumber, line, value, "unknown severity '" + value
					+ "' for " + code + ": use error, warning, info or ignore"));
			return Optional.empty();
		}
		return Optional.of(new RuleSettingLine(code, severity));
	}

	private static int separatorIndex(String text) {
		int equals = text.indexOf('=');
		int colon = text.indexOf(':');
		if (equals < 0) {
			return colon;
		}
		return colon < 0 ? equals : Math.min(equals, colon);
	}

	private static PlanDiagnostic problem(Path file, int lineNumber, String line, String culprit, String message) {
		int column = Math.max(0, line.indexOf(culprit)) + 1;
		return new PlanDiagnostic(file, lineNumber, column, lineNumber, column + culprit.length(), Severity.ERROR,
				message, IssueCodes.BAD_RULE_SETTING);
	}
}
