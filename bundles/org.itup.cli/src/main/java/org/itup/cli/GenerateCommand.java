package org.itup.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;

import org.itup.dsl.load.LoadedPlans;
import org.itup.dsl.load.PlanLoader;
import org.itup.generator.GenerationOptionException;
import org.itup.generator.GenerationOptions;
import org.itup.generator.PlanArtifactWriters;
import org.itup.generator.PlanGeneration;
import org.itup.generator.PlansRefused;
import org.itup.generator.WriteFailure;
import org.itup.generator.check.CheckFormat;
import org.itup.generator.check.CheckReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code itup generate}: loads plans and hands them with the user's options to {@link PlanGeneration}, which refuses
 * invalid plans unless forced and runs the requested writers. Only the wiring to the command line is here.
 */
@Command(name = "generate",
		customSynopsis = "itup generate PATH... -o OUT [--formats LIST] [--sector CODE] [--year YYYY]"
				+ " [--sdg-titles DIR] [--period PERIOD] [--force]",
		description = { "Writes reports, exports and operational-plan skeletons of the plans under each PATH into OUT.",
				"", "Loads and validates the .itup files under the given files and folders like 'itup check', then"
						+ " writes the chosen formats into the folder OUT and prints where they are." },
		footer = { "A run writes all its files or none: options are checked first, and files replace the old ones"
				+ " only once every format is written. One run at a time writes into a folder.", "",
				"Exit codes: 0 written, 1 the plans have errors or a file could not be written (nothing written),"
						+ " 2 bad usage, 3 internal error." })
final class GenerateCommand implements Callable<Integer> {

	private final PrintStream out;
	private final PrintStream err;

	@Spec
	private CommandSpec spec;

	@Mixin
	private PlanPaths paths;

	@Option(names = { "-o", "--output" }, paramLabel = "OUT", converter = PathArgument.class, description = "the folder to write into (created when"
			+ " missing)")
	private Path output;

	@Option(names = "--formats", paramLabel = "LIST", split = ",", completionCandidates = FormatNames.class,
			description = "comma-separated, from: ${COMPLETION-CANDIDATES} (default: all of them)")
	private List<String> formats;

	@Option(names = "--sector", paramLabel = "CODE", description = "operational-plan skeleton of this sector only"
			+ " (default: every sector)")
	private String sector;

	@Option(names = "--year", paramLabel = "YYYY", description = "the detailed year of the skeleton (default: the"
			+ " plan's first year)")
	private String year;

	@Option(names = "--sdg-titles", paramLabel = "DIR", converter = PathArgument.class, description = {
			"a folder of official SDG titles to show beside SDG codes in the report:",
			"global_goals.yml, global_targets.yml, global_indicators.yml" })
	private Path sdgTitles;

	@Option(names = "--period", paramLabel = "PERIOD", description = {
			"judge statuses as of this period (default: the latest measured) and write each plan's",
			"progress report beside its report, progress-PERIOD.html: 2022, 2022-Q3, 2022-07 or 2020-2021" })
	private String period;

	@Option(names = "--force", description = "generate even when the plans have errors")
	private boolean force;

	@Mixin
	private HelpOption help;

	GenerateCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	@Override
	public Integer call() {
		List<Path> plans = paths.required(spec);
		Path outputFolder = outputFolder();
		GenerationOptions options = withTitles(options());
		LoadedPlans loaded = PlanLoader.standalone().load(plans);
		if (options.refuseAt().fails(loaded)) {
			out.print(CheckFormat.TEXT.render(CheckReport.of(loaded, Path.of("").toAbsolutePath())));
		}
		try {
			PlanGeneration.Result result = PlanGeneration.run(loaded, options, outputFolder,
					new ProgressDisplay(err, System.console() != null));
			result.notices().forEach(notice -> err.println("itup: note: " + notice));
			out.println(result.summary());
			result.files().forEach(file -> out.println("  " + result.outputRoot().relativize(file)));
			result.files().stream().filter(file -> file.getFileName().toString().equals("index.html"))
					.forEach(report -> out.println("open the report: " + report.toUri()));
			result.files().stream().filter(file -> file.getFileName().toString().startsWith("progress-"))
					.forEach(report -> out.println("open the progress report: " + report.toUri()));
			return ExitCode.OK;
		} catch (PlansRefused e) {
			err.println("itup: " + e.getMessage() + " (use --force to generate anyway)");
			return ExitCode.ERRORS;
		} catch (GenerationOptionException e) {
			throw UsageError.of(spec, e.getMessage());
		} catch (IOException e) {
			err.println("itup: cannot write the output: " + WriteFailure.describe(e));
			return ExitCode.ERRORS;
		}
	}

	private Path outputFolder() {
		if (output == null) {
			throw UsageError.of(spec, "generate needs an output folder: -o OUT");
		}
		if (output.toString().isBlank()) {
			// Path.of("") is the current folder: an empty value from a script's unset variable must not write there
			throw UsageError.of(spec, "the output folder is empty: give -o OUT");
		}
		return output;
	}

	/** Every option checked here, before any plan is loaded. */
	private GenerationOptions options() {
		try {
			GenerationOptions options = GenerationOptions.defaults().forced(force);
			if (formats != null) {
				options = options.formats(formats.stream().map(String::strip).filter(f -> !f.isEmpty()).toList());
			}
			if (sector != null) {
				options = options.sector(sector);
			}
			if (year != null) {
				options = options.year(year);
			}
			if (period != null) {
				options = options.period(period);
			}
			return options;
		} catch (GenerationOptionException e) {
			throw UsageError.of(spec, e.getMessage());
		}
	}

	private GenerationOptions withTitles(GenerationOptions options) {
		try {
			return sdgTitles == null ? options : options.sdgTitles(sdgTitles);
		} catch (GenerationOptionException e) {
			throw UsageError.of(spec, "--sdg-titles: " + e.getMessage());
		}
	}

	/** The format names for {@code --formats}' help, from the one registry. */
	static final class FormatNames implements Iterable<String> {

		@Override
		public Iterator<String> iterator() {
			return PlanArtifactWriters.formats().iterator();
		}
	}
}
