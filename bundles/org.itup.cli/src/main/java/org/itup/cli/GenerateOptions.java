package org.itup.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.itup.generator.PlanArtifactWriter;
import org.itup.generator.html.HtmlReportWriter;
import org.itup.generator.svg.SvgDiagramWriter;

/** The arguments of {@code itup generate}; options may come anywhere, {@code --} ends them. */
record GenerateOptions(List<Path> paths, Path output, List<PlanArtifactWriter> writers, Path sdgTitles,
		boolean force, boolean help) {

	private static final Map<String, PlanArtifactWriter> FORMATS = Map.of("html", new HtmlReportWriter(), "svg",
			new SvgDiagramWriter());

	static GenerateOptions parse(List<String> args, String usage) {
		List<Path> paths = new ArrayList<>();
		Path output = null;
		Path sdgTitles = null;
		List<PlanArtifactWriter> writers = List.of(FORMATS.get("html"), FORMATS.get("svg"));
		boolean force = false;
		boolean onlyPaths = false;
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (onlyPaths || !arg.startsWith("-")) {
				paths.add(path(arg, usage));
			} else if (arg.equals("--")) {
				onlyPaths = true;
			} else if (arg.equals("-h") || arg.equals("--help")) {
				return new GenerateOptions(List.of(), null, List.of(), null, false, true);
			} else if (arg.equals("-o") || arg.equals("--output")) {
				output = path(value(args, ++i, arg, usage), usage);
			} else if (arg.equals("--formats")) {
				writers = writers(value(args, ++i, arg, usage), usage);
			} else if (arg.equals("--sdg-titles")) {
				sdgTitles = path(value(args, ++i, arg, usage), usage);
			} else if (arg.equals("--force")) {
				force = true;
			} else {
				throw new UsageException("unknown option '" + arg + "'", usage);
			}
		}
		if (paths.isEmpty()) {
			throw new UsageException("generate needs at least one file or folder", usage);
		}
		if (output == null) {
			throw new UsageException("generate needs an output folder: -o OUT", usage);
		}
		return new GenerateOptions(List.copyOf(paths), output, writers, sdgTitles, force, false);
	}

	private static String value(List<String> args, int index, String option, String usage) {
		if (index >= args.size()) {
			throw new UsageException(option + " needs a value", usage);
		}
		return args.get(index);
	}

	private static List<PlanArtifactWriter> writers(String list, String usage) {
		List<PlanArtifactWriter> writers = new ArrayList<>();
		for (String name : list.split(",")) {
			PlanArtifactWriter writer = FORMATS.get(name.strip());
			if (writer == null) {
				throw new UsageException("unknown format '" + name.strip() + "': use html, svg or both", usage);
			}
			if (!writers.contains(writer)) {
				writers.add(writer);
			}
		}
		return List.copyOf(writers);
	}

	private static Path path(String arg, String usage) {
		try {
			return Path.of(arg);
		} catch (InvalidPathException e) {
			throw new UsageException("not a valid path: '" + arg + "'", usage);
		}
	}
}
