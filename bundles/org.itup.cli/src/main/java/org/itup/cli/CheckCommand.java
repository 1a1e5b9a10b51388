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
				  check PATH... [--format text|json]
				      Parse, link and validate the .itup files under each PATH and summarise each plan.
				""";
	}

	@Override
	public String usage() {
		return """
				Usage: itup check PATH... [--format text|json]

				Parses, links and validates every .itup file under the given files and folders as one set, so
				references across files resolve (folders are searched recursively, skipping hidden folders,
				target/ and node_modules/). Prints every diagnostic, then what each plan holds.

				Options:
				  --format text   (default) one line per diagnostic, path:line:column: severity: message [code],
				                  then a summary per plan and the counts of errors, warnings and infos
				  --format json   one JSON object with "diagnostics" and "summary"
				  -h, --help      Show this help.

				Exit codes: 0 no errors, 1 errors found, 2 bad usage, 3 internal error.
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
		return report.hasErrors() ? ExitCode.ERRORS : ExitCode.OK;
	}
}
