package org.itup.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.itup.dsl.load.LoadedPlans;
import org.itup.dsl.load.PlanLoader;
import org.itup.generator.check.CheckReport;

/**
 * {@code itup check}: loads and validates plans and prints the check report. All the work is the loader's and the
 * report's; this only wires them to the command line.
 */
final class CheckCommand implements Command {

	@Override
	public String name() {
		return "check";
	}

	@Override
	public String synopsis() {
		return """
				  check PATH... [--format text|json|sarif] [--fail-on error|warning]
				      Parse, link and validate the .itup files under each PATH and summarise each plan.
				""";
	}

	@Override
	public String usage() {
		return """
				Usage: itup check PATH... [--format text|json|sarif] [--fail-on error|warning]

				Parses, links and validates every .itup file under the given files and folders as one set, so
				references across files resolve (folders are searched recursively, skipping hidden folders,
				target/ and node_modules/). Prints every diagnostic, then what each plan holds. A file
				itup-rules.properties in a plan folder sets the severity of rules by code
				(org.itup.dsl.MissingOutput = error|warning|info|ignore) for the files under it.

				Options:
				  --format text   (default) one line per diagnostic, path:line:column: severity: message [code],
				                  then a summary per plan and the counts of errors, warnings and infos
				  --format json   one JSON object with "diagnostics" and "summary"
				  --format sarif  SARIF 2.1.0, for code-scanning services that show diagnostics inline
				  --fail-on error    (default) exit with 1 when there is an error
				  --fail-on warning  exit with 1 when there is an error or a warning
				  -h, --help      Show this help.

				Exit codes: 0 nothing at or above the --fail-on level, 1 a diagnostic at or above it,
				2 bad usage, 3 internal error.
				""";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) {
		CheckOptions options = CheckOptions.parse(args, usage());
		if (options.help()) {
			out.print(usage());
			return ExitCode.OK;
		}
		LoadedPlans loaded = PlanLoader.standalone().load(options.paths());
		CheckReport report = CheckReport.of(loaded, Path.of("").toAbsolutePath());
		out.print(options.format().render(report));
		return report.hasAtLeast(options.failOn()) ? ExitCode.ERRORS : ExitCode.OK;
	}
}
