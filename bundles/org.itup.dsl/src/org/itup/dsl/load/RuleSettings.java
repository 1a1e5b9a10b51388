package org.itup.dsl.load;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.itup.dsl.load.PlanDiagnostic.Severity;
import org.itup.dsl.validation.IssueCodes;

/**
 * The severities a plan folder sets for rules in {@value #FILE_NAME}, one {@code code = error|warning|info|ignore}
 * a line, like a linter's configuration. It applies to the plan files under that folder. A line that names an
 * unknown code or severity is reported with its file and line, so a typo does not silently leave a rule as it was.
 */
public final class RuleSettings {

	public static final String FILE_NAME = "itup-rules.properties";

	private static final Set<String> KNOWN_CODES = knownCodes();

	/** The chosen severity per code; an empty Optional means the rule is silenced. */
	private final Map<String, Optional<Severity>> severities;

	private RuleSettings(Map<String, Optional<Severity>> severities) {
		this.severities = severities;
	}

	public static RuleSettings none() {
		return new RuleSettings(Map.of());
	}

	/** Reads a settings file; bad lines are reported to {@code problems} and otherwise ignored. */
	public static RuleSettings read(Path file, Consumer<PlanDiagnostic> problems) {
		byte[] bytes;
		try {
			bytes = PlanText.withoutBom(Files.readAllBytes(file));
		} catch (IOException e) {
			problems.accept(PlanDiagnostic.aboutFile(file, Severity.ERROR, "cannot read the rule settings: "
					+ e.getMessage(), IssueCodes.UNREADABLE_FILE));
			return none();
		}
		Optional<PlanDiagnostic> notText = notText(file, bytes);
		if (notText.isPresent()) {
			problems.accept(notText.get());
			return none();
		}
		List<String> lines = new String(bytes, StandardCharsets.UTF_8).lines().toList();
		Map<String, Optional<Severity>> severities = new HashMap<>();
		for (int i = 0; i < lines.size(); i++) {
			RuleSettingLine.parse(file, i + 1, lines.get(i), KNOWN_CODES, problems)
					.ifPresent(setting -> severities.put(setting.code(), setting.severity()));
		}
		return new RuleSettings(severities);
	}

	/**
	 * A settings file that is not UTF-8 text, or holds control characters, is reported at the first such byte
	 * with the plan files' own checks: the decoder's "Input length = 1" told nobody which file or why.
	 */
	private static Optional<PlanDiagnostic> notText(Path file, byte[] bytes) {
		return PlanText.checkUtf8(file, bytes)
				.or(() -> ControlCharacters.check(file, new String(bytes, StandardCharsets.UTF_8)))
				.map(problem -> new PlanDiagnostic(file, problem.line(), problem.column(), problem.endLine(),
						problem.endColumn(), Severity.ERROR, "the rule settings are not text: " + problem.message(),
						problem.code()));
	}

	/** The diagnostic with the severity these settings give its rule, or empty when the rule is silenced. */
	public Optional<PlanDiagnostic> apply(PlanDiagnostic diagnostic) {
		return severityOf(diagnostic.code(), diagnostic.severity())
				.map(severity -> severity == diagnostic.severity() ? diagnostic
						: new PlanDiagnostic(diagnostic.file(), diagnostic.line(), diagnostic.column(),
								diagnostic.endLine(), diagnostic.endColumn(), severity, diagnostic.message(),
								diagnostic.code()));
	}

	/** The severity these settings give a rule that reported {@code given}, or empty when the rule is silenced. */
	public Optional<Severity> severityOf(String code, Severity given) {
		return severities.getOrDefault(code, Optional.of(given));
	}

	/**
	 * The severity these settings set for a rule, as Xtext's severity preferences name it ({@code error},
	 * {@code warning}, {@code info}, or {@code ignore} for a silenced rule); empty when they leave the rule as it is.
	 */
	public Optional<String> severityPreference(String code) {
		Optional<Severity> chosen = severities.get(code);
		if (chosen == null) {
			return Optional.empty();
		}
		return Optional.of(chosen.map(severity -> severity.name().toLowerCase(Locale.ROOT)).orElse("ignore"));
	}

	/** Every code of {@link IssueCodes}, so a setting can be checked against the rules that exist. */
	static Set<String> knownCodes() {
		Set<String> codes = new TreeSet<>();
		for (Field field : IssueCodes.class.getFields()) {
			if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
				try {
					codes.add((String) field.get(null));
				} catch (IllegalAccessException e) {
					throw new IllegalStateException(e);
				}
			}
		}
		return codes;
	}

	static Optional<Severity> severityNamed(String name) {
		return switch (name.toLowerCase(Locale.ROOT)) {
		case "error" -> Optional.of(Severity.ERROR);
		case "warning" -> Optional.of(Severity.WARNING);
		case "info" -> Optional.of(Severity.INFO);
		default -> Optional.empty();
		};
	}
}
