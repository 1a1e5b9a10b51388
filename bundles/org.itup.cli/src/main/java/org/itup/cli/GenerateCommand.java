package org.itup.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.itup.dsl.load.LoadedPlans;
import org.itup.dsl.load.PlanLoader;
import org.itup.generator.GenerationOptionException;
import org.itup.generator.PlanArtifactWriters;
import org.itup.generator.PlanGeneration;
import org.itup.generator.PlansRefused;
import org.itup.generator.WriteFailure;
import org.itup.generator.check.CheckFormat;
import org.itup.generator.check.CheckReport;

/**
 * {@code itup generate}: loads plans, refuses them when they have errors (unless forced), and runs the requested
 * writers of the generator bundle. Only the wiring to the command line is here.
 */
final class GenerateCommand implements Command {

	@Override
	public String name() {
		return "generate";
	}

	@Override
	public String synopsis() {
		return """
				  generate PATH... -o OUT [--formats LIST] [--sector CODE] [--year YYYY] [--sdg-titles DIR] [--force]
				      Write reports, exports and operational-plan skeletons of the plans under each PATH into OUT.
				""";
	}

	@Override
	public String usage() {
		return "Usage: itup generate PATH... -o OUT [--formats LIST] [--sector CODE] [--year YYYY] [--sdg-titles DIR] [--force]\n\n"
				+ "Loads and validates the .itup files under the given files and folders like 'itup check', then\n"
				+ "writes the chosen formats into the folder OUT and prints where they are.\n\n"
				+ "Options:\n"
				+ "  -o, --output OUT  the folder to write into (created when missing)\n"
				+ "  --formats LIST    comma-separated, from: " + String.join(",", PlanArtifactWriters.formats())
				+ "\n                    (default: all of them)\n"
				+ "  --sector CODE     operational-plan skeleton of this sector only (default: every sector)\n"
				+ "  --year YYYY       the detailed year of the skeleton (default: the plan's first year)\n"
				+ "  --sdg-titles DIR  a folder of official SDG titles (global_goals.yml, global_targets.yml,\n"
				+ "                    global_indicators.yml) to show beside SDG codes in the report\n"
				+ "  --force           generate even when the plans have errors\n"
				+ "  -h, --help        Show this help.\n\n"
				+ "A run writes all its files or none: options are checked first, and files replace the old ones\n"
				+ "only once every format is written. One run at a time writes into a folder.\n\n"
				+ "Exit codes: 0 written, 1 the plans have errors or a file could not be written (nothing written),\n"
				+ "2 bad usage, 3 internal error.\n";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) {
		GenerateOptions options = GenerateOptions.parse(args, usage());
		if (options.help()) {
			out.print(usage());
			return ExitCode.OK;
		}
		LoadedPlans loaded = PlanLoader.standalone().load(options.paths());
		if (options.generation().refuseAt().fails(loaded)) {
			out.print(CheckFormat.TEXT.render(CheckReport.of(loaded, Path.of("").toAbsolutePath())));
		}
		try {
			PlanGeneration.Result result = PlanGeneration.run(loaded, options.generation(), options.output(),
					new ProgressDisplay(err, System.console() != null));
			result.notices().forEach(notice -> err.println("itup: note: " + notice));
			out.println(result.summary());
			result.files().forEach(file -> out.println("  " + result.outputRoot().relativize(file)));
			result.files().stream().filter(file -> file.getFileName().toString().equals("index.html"))
					.forEach(report -> out.println("open the report: " + report.toUri()));
			return ExitCode.OK;
		} catch (PlansRefused e) {
			err.println("itup: " + e.getMessage() + " (use --force to generate anyway)");
			return ExitCode.ERRORS;
		} catch (GenerationOptionException e) {
			throw new UsageException(e.getMessage(), usage());
		} catch (IOException e) {
			err.println("itup: cannot write the output: " + WriteFailure.describe(e));
			return ExitCode.ERRORS;
		}
	}
}
