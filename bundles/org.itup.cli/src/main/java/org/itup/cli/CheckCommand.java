package org.itup.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.itup.dsl.load.LoadedPlans;
import org.itup.dsl.load.PlanDiagnostic.Severity;
import org.itup.dsl.load.PlanLoader;
import org.itup.generator.check.CheckFormat;
import org.itup.generator.check.CheckReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code itup check}: loads and validates plans and prints the check report. All the work is the loader's and the
 * report's; this only wires them to the command line.
 */
@Command(name = "check", customSynopsis = "itup check PATH... [--format text|json|sarif] [--fail-on error|warning]",
		description = { "Parses, links and validates the .itup files under each PATH and summarises each plan.", "",
				"Every .itup file under the given files and folders is read as one set, so references across files"
						+ " resolve (folders are searched recursively, skipping hidden folders, target/ and"
						+ " node_modules/). Prints every diagnostic, then what each plan holds. A file"
						+ " itup-rules.properties in a plan folder sets the severity of rules by code"
						+ " (org.itup.dsl.MissingOutput = error|warning|info|ignore) for the files under it." },
		footer = { "Exit codes: 0 nothing at or above the --fail-on level, 1 a diagnostic at or above it,",
				"2 bad usage, 3 internal error." })
final class CheckCommand implements Callable<Integer> {

	private final PrintStream out;

	@Spec
	private CommandSpec spec;

	@Mixin
	private PlanPaths paths;

	@Option(names = "--format", paramLabel = "FORMAT", converter = FormatArgument.class, description = {
			"text (default): one line per diagnostic, path:line:column: severity: message [code], then a summary"
					+ " per plan and the counts of errors, warnings and infos",
			"json: one JSON object with \"diagnostics\" and \"summary\"",
			"sarif: SARIF 2.1.0, for code-scanning services that show diagnostics inline" })
	private CheckFormat format = CheckFormat.TEXT;

	@Option(names = "--fail-on", paramLabel = "LEVEL", converter = FailOnArgument.class, description = {
			"error (default): exit with 1 when there is an error",
			"warning: exit with 1 when there is an error or a warning" })
	private Severity failOn = Severity.ERROR;

	@Mixin
	private HelpOption help;

	CheckCommand(PrintStream out) {
		this.out = out;
	}

	@Override
	public Integer call() {
		LoadedPlans loaded = PlanLoader.standalone().load(paths.required(spec));
		CheckReport report = CheckReport.of(loaded, Path.of("").toAbsolutePath());
		out.print(format.render(report));
		return report.hasAtLeast(failOn) ? ExitCode.ERRORS : ExitCode.OK;
	}

	static final class FormatArgument implements ITypeConverter<CheckFormat> {

		@Override
		public CheckFormat convert(String label) {
			return CheckFormat.named(label).orElseThrow(
					() -> new TypeConversionException("unknown format '" + label + "': use text, json or sarif"));
		}
	}

	static final class FailOnArgument implements ITypeConverter<Severity> {

		@Override
		public Severity convert(String label) {
			return switch (label) {
			case "error" -> Severity.ERROR;
			case "warning" -> Severity.WARNING;
			default -> throw new TypeConversionException("unknown level '" + label
					+ "' for --fail-on: use error or warning");
			};
		}
	}
}
