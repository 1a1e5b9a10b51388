package org.itup.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.itup.generator.GenerationOptionException;
import org.itup.generator.GenerationOptions;

/**
 * The arguments of {@code itup generate}. Options may come before, between or after the paths; {@code --} ends the
 * options. Each option takes its value as the next argument or after '='.
 */
record GenerateOptions(List<Path> paths, Path output, GenerationOptions generation, boolean help) {

	static GenerateOptions parse(List<String> args, String usage) {
		List<Path> paths = new ArrayList<>();
		Map<String, String> values = new LinkedHashMap<>();
		boolean force = false;
		boolean onlyPaths = false;
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (onlyPaths || !arg.startsWith("-")) {
				paths.add(UsageException.path(arg, usage));
			} else if (arg.equals("--")) {
				onlyPaths = true;
			} else if (arg.equals("-h") || arg.equals("--help")) {
				return new GenerateOptions(List.of(), null, GenerationOptions.defaults(), true);
			} else if (arg.equals("--force")) {
				force = true;
			} else {
				String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
				if (!List.of("-o", "--output", "--formats", "--sector", "--year", "--sdg-titles").contains(name)) {
					throw new UsageException("unknown option '" + arg + "'", usage);
				}
				if (!arg.contains("=") && i + 1 == args.size()) {
					throw new UsageException(name + " needs a value", usage);
				}
				values.put(name.equals("--output") ? "-o" : name, arg.contains("=") ? arg.substring(name.length() + 1)
						: args.get(++i));
			}
		}
		return complete(paths, values, force, usage);
	}

	private static GenerateOptions complete(List<Path> paths, Map<String, String> values, boolean force,
			String usage) {
		if (paths.isEmpty()) {
			throw new UsageException("generate needs at least one file or folder", usage);
		}
		if (!values.containsKey("-o")) {
			throw new UsageException("generate needs an output folder: -o OUT", usage);
		}
		GenerationOptions generation = generation(values, usage).forced(force);
		if (values.get("-o").isBlank()) {
			// Path.of("") is the current folder: an empty value from a script's unset variable must not write there
			throw new UsageException("the output folder is empty: give -o OUT", usage);
		}
		Path output = UsageException.path(values.get("-o"), usage);
		return new GenerateOptions(List.copyOf(paths), output, generation, false);
	}

	private static GenerationOptions generation(Map<String, String> values, String usage) {
		try {
			GenerationOptions generation = GenerationOptions.defaults();
			if (values.containsKey("--formats")) {
				generation = generation.formats(Arrays.stream(values.get("--formats").split(",")).map(String::strip)
						.filter(f -> !f.isEmpty()).toList());
			}
			if (values.containsKey("--sector")) {
				generation = generation.sector(values.get("--sector"));
			}
			if (values.containsKey("--year")) {
				generation = generation.year(values.get("--year"));
			}
			if (values.containsKey("--sdg-titles")) {
				generation = sdgTitles(generation, UsageException.path(values.get("--sdg-titles"), usage), usage);
			}
			return generation;
		} catch (GenerationOptionException e) {
			throw new UsageException(e.getMessage(), usage);
		}
	}

	private static GenerationOptions sdgTitles(GenerationOptions generation, Path folder, String usage) {
		try {
			return generation.sdgTitles(folder);
		} catch (GenerationOptionException e) {
			throw new UsageException("--sdg-titles: " + e.getMessage(), usage);
		}
	}

}
