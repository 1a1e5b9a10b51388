package org.itup.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.itup.dsl.load.PlanDiagnostic.Severity;
import org.itup.generator.check.CheckFormat;

/**
 * The arguments of {@code itup check}. Options may come before, between or after the paths; {@code --} ends the
 * options, for paths that start with a dash.
 */
record CheckOptions(List<Path> paths, CheckFormat format, Severity failOn, boolean help) {

	private static final String FORMAT = "--format";
	private static final String FAIL_ON = "--fail-on";

	static CheckOptions parse(List<String> args, String usage) {
		List<Path> paths = new ArrayList<>();
		CheckFormat format = CheckFormat.TEXT;
		Severity failOn = Severity.ERROR;
		boolean onlyPaths = false;
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (onlyPaths || !arg.startsWith("-")) {
				paths.add(UsageException.path(arg, usage));
			} else if (arg.equals("--")) {
				onlyPaths = true;
			} else if (arg.equals("-h") || arg.equals("--help")) {
				return new CheckOptions(List.of(), format, failOn, true);
			} else if (arg.equals(FORMAT)) {
				if (++i == args.size()) {
					throw new UsageException(FORMAT + " needs a value: text, json or sarif", usage);
				}
				format = format(args.get(i), usage);
			} else if (arg.startsWith(FORMAT + "=")) {
				format = format(arg.substring(FORMAT.length() + 1), usage);
			} else if (arg.equals(FAIL_ON)) {
				if (++i == args.size()) {
					throw new UsageException(FAIL_ON + " needs a value: error or warning", usage);
				}
				failOn = failOn(args.get(i), usage);
			} else if (arg.startsWith(FAIL_ON + "=")) {
				failOn = failOn(arg.substring(FAIL_ON.length() + 1), usage);
			} else {
				throw new UsageException("unknown option '" + arg + "'", usage);
			}
		}
		if (paths.isEmpty()) {
			throw new UsageException("check needs at least one file or folder", usage);
		}
		return new CheckOptions(List.copyOf(paths), format, failOn, false);
	}

	private static CheckFormat format(String label, String usage) {
		return CheckFormat.named(label).orElseThrow(
				() -> new UsageException("unknown format '" + label + "': use text, json or sarif", usage));
	}

	private static Severity failOn(String label, String usage) {
		return switch (label) {
		case "error" -> Severity.ERROR;
		case "warning" -> Severity.WARNING;
		default -> throw new UsageException("unknown level '" + label + "' for " + FAIL_ON + ": use error or warning",
				usage);
		};
	}

}
