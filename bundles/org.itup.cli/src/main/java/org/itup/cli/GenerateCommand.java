package org.itup.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.itup.dsl.load.LoadedPlans;
import org.itup.dsl.load.PlanLoader;
import org.itup.generator.GenerationRequest;
import org.itup.generator.OutputFolder;
import org.itup.generator.PlanArtifactWriter;
import org.itup.generator.check.CheckFormat;
import org.itup.generator.check.CheckReport;
import org.itup.generator.html.HtmlReportWriter;

/**
 * {@code itup generate}: loads plans like {@code check}, refuses plans with errors unless forced, then runs the chosen
 * writers of the generator bundle and says where the report is.
 */
final class GenerateCommand implements Command {

	@Override
	public String name() {
		return "generate";
	}

	@Override
	public String synopsis() {
		return """
				  generate PATH... -o OUT [--formats html,svg] [--sdg-titles DIR] [--force]
				      Write the HTML report and the results-chain diagrams of the plans into OUT.
				""";
	}

	@Override
	public String usage() {
		return """
				Usage: itup generate PATH... -o OUT [--formats html,svg] [--sdg-titles DIR] [--force]

				Loads and validates the .itup files under the given files and folders like 'itup check', then
				writes the chosen formats into the folder OUT and prints where the report is.

				Options:
				  -o, --output OUT    the folder to write into (created when missing)
				  --formats LIST      comma-separated, from: html, svg (default: both)
				  --sdg-titles DIR    a folder of official SDG titles (global_goals.yml, global_targets.yml,
				                      global_indicators.yml) to show beside SDG codes
				  --force             generate even when the plans have errors
				  -h, --help          Show this help.

				Exit codes: 0 written, 1 the plans have errors (nothing written) or a file could not be written,
				2 bad usage, 3 internal error.
				""";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) {
		GenerateOptions options = GenerateOptions.parse(args, usage());
		if (options.help()) {
			out.print(usage());
			return ExitCode.OK;
		}
		LoadedPlans loaded = PlanLoader.standalone().load(options.paths());
		if (loaded.hasErrors()) {
			out.print(CheckFormat.TEXT.render(CheckReport.of(loaded, Path.of("").toAbsolutePath())));
			if (!options.force()) {
				err.println("itup: the plans have errors, so nothing was generated (use --force to generate anyway)");
				return ExitCode.ERRORS;
			}
		}
		Map<String, String> generatorOptions = options.sdgTitles() == null ? Map.of()
				: Map.of(HtmlReportWriter.SDG_TITLES, options.sdgTitles().toString());
		try {
			OutputFolder output = new OutputFolder(options.output());
			GenerationRequest request = GenerationRequest.of(loaded, generatorOptions);
			for (PlanArtifactWriter writer : options.writers()) {
				writer.write(request, output);
			}
			out.println("wrote " + String.join(", ", options.writers().stream().map(PlanArtifactWriter::format).toList())
					+ " to " + output.root());
			if (options.writers().stream().anyMatch(writer -> writer.format().equals("html"))) {
				out.println("open " + output.root().resolve("index.html"));
			}
			return ExitCode.OK;
		} catch (IOException e) {
			err.println("itup: cannot write the output: " + e.getMessage());
			return ExitCode.ERRORS;
		}
	}
}
