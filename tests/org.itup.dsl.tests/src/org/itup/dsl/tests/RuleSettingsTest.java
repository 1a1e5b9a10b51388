package org.itup.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.itup.dsl.load.LoadedPlans;
import org.itup.dsl.load.PlanDiagnostic;
import org.itup.dsl.load.PlanLoader;
import org.itup.dsl.load.RuleSettings;
import org.itup.dsl.validation.IssueCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;

/**
 * A plan folder's itup-rules.properties raises, lowers or silences rules by code for the files under it, and its
 * mistakes are reported with file and line.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(ItupInjectorProvider.class)
class RuleSettingsTest {

	/** A goal without targets (warning) and an objective without output (warning). */
	private static final String PLAN = """
			plan p period 2020 to 2023
			goal 1 "Growth" { }
			inter-sectoral I { objective I.1 { primary goal 1 outcome I.1-a "Reach" } }
			""";

	@Inject
	private PlanLoader loader;

	@TempDir
	Path folder;

	@Test
	void withoutSettingsTheDefaultSeveritiesApply() throws Exception {
		write("plan.itup", PLAN);
		assertEquals(List.of("WARNING org.itup.dsl.GoalWithoutTarget", "WARNING org.itup.dsl.MissingOutput"),
				summary(loader.load(List.of(folder))));
	}

	@Test
	void settingsRaiseAndSilenceRules() throws Exception {
		write("plan.itup", PLAN);
		write(RuleSettings.FILE_NAME, "# stricter for this plan\norg.itup.dsl.MissingOutput = error\n"
				+ "org.itup.dsl.GoalWithoutTarget=ignore\n");
		assertEquals(List.of("ERROR org.itup.dsl.MissingOutput"), summary(loader.load(List.of(folder))));
	}

	@Test
	void settingsOfAParentFolderApplyToFilesBelow() throws Exception {
		Files.createDirectories(folder.resolve("sectors"));
		write("sectors/plan.itup", PLAN);
		write(RuleSettings.FILE_NAME, "org.itup.dsl.MissingOutput = info\norg.itup.dsl.GoalWithoutTarget = info\n");
		assertEquals(List.of("INFO org.itup.dsl.GoalWithoutTarget", "INFO org.itup.dsl.MissingOutput"),
				summary(loader.load(List.of(folder))));
	}

	@Test
	void unknownCodesAndSeveritiesAreReportedWithFileAndLine() throws Exception {
		write("plan.itup", PLAN);
		Path settings = write(RuleSettings.FILE_NAME,
				"org.itup.dsl.MisingOutput = error\norg.itup.dsl.MissingOutput = fatal\nnothing here\n");
		List<PlanDiagnostic> problems = loader.load(List.of(folder)).diagnostics().stream()
				.filter(d -> d.file().equals(settings)).toList();
		assertEquals(List.of(
				"1:1-1:26 unknown rule code 'org.itup.dsl.MisingOutput' in the rule settings: see docs/validation.md for the codes",
				"2:30-2:35 unknown severity 'fatal' for org.itup.dsl.MissingOutput: use error, warning, info or ignore",
				"3:1-3:13 expected 'code = error|warning|info|ignore' in the rule settings"),
				problems.stream().map(d -> d.line() + ":" + d.column() + "-" + d.endLine() + ":" + d.endColumn() + " "
						+ d.message()).toList());
		assertEquals(List.of(IssueCodes.BAD_RULE_SETTING), problems.stream().map(PlanDiagnostic::code).distinct().toList());
	}

	private Path write(String name, String text) throws Exception {
		return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
	}

	private static List<String> summary(LoadedPlans loaded) {
		return loaded.diagnostics().stream().map(d -> d.severity() + " " + d.code()).toList();
	}
}
