package org.itup.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.itup.analysis.StrategicPlan;
import org.itup.analysis.diff.PlanDiff;
import org.itup.analysis.diff.PlanItems;
import org.itup.dsl.ide.revision.PlanRevision;
import org.itup.dsl.load.LoadedPlans;
import org.itup.dsl.load.PlanLoader;
import org.itup.generator.OutputFolder;
import org.itup.generator.WriteFailure;
import org.itup.generator.check.CheckFormat;
import org.itup.generator.check.CheckReport;
import org.itup.generator.diff.DiffFormat;

import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code itup diff}: loads two plans (each a folder, or a folder at a git revision) and prints what changed in
 * planning terms. The matching and the comparison are the analysis bundle's, the formats the generator's; reading a
 * revision is {@link PlanRevision}'s.
 */
@Command(name = "diff", customSynopsis = "itup diff OLD [NEW] [--old-rev REV] [--new-rev REV]"
		+ " [--format text|json|md|html] [-o FILE]",
		description = { "Compares two plans in planning terms: elements added, removed, renumbered, moved, split,"
				+ " merged or changed.", "",
				"OLD and NEW are plan folders (NEW is OLD when left out, to compare two revisions of one folder);"
						+ " with --old-rev or --new-rev that side is the folder as it was at that git revision, read"
						+ " from the repository holding it. Elements are matched by kind and code, then by a stated"
						+ " 'replaces', then by the similarity of their texts; formatting, comments and order are never"
						+ " changes. See docs/diff.md." },
		footer = { "Exit codes: 0 compared (whether or not anything changed), 1 a plan has errors, cannot be read"
				+ " at the revision, or the output cannot be written, 2 bad usage, 3 internal error." })
final class DiffCommand implements Callable<Integer> {

	private final PrintStream out;
	private final PrintStream err;

	@Spec
	private CommandSpec spec;

	@Parameters(paramLabel = "OLD", arity = "0..2", converter = PathArgument.class, description = "the old plan's"
			+ " folder, then the new plan's")
	private List<Path> folders = List.of();

	@Option(names = "--old-rev", paramLabel = "REV", description = "read OLD as it was at this git revision (a"
			+ " commit, tag or branch)")
	private String oldRevision;

	@Option(names = "--new-rev", paramLabel = "REV", description = "read NEW as it was at this git revision")
	private String newRevision;

	@Option(names = "--format", paramLabel = "FORMAT", converter = FormatArgument.class, description = {
			"text (default): counts per kind, then each change with its fields",
			"md: the same as Markdown, for reviewers' documents",
			"json: for other programs (schema: bundles/org.itup.generator/schema/itup-diff.schema.json)",
			"html: a self-contained page in the report's style" })
	private DiffFormat format = DiffFormat.TEXT;

	@Option(names = { "-o", "--output" }, paramLabel = "FILE", converter = PathArgument.class, description = "write"
			+ " to this file (replaced atomically) instead of the standard output")
	private Path output;

	@Mixin
	private HelpOption help;

	DiffCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	@Override
	public Integer call() throws IOException {
		if (folders.isEmpty()) {
			throw UsageError.of(spec, "diff needs the old plan's folder, and the new one's unless --new-rev is given");
		}
		if (folders.size() == 1 && oldRevision == null && newRevision == null) {
			throw UsageError.of(spec, "diff needs two folders, or one with --old-rev or --new-rev");
		}
		if (output != null && output.toString().isBlank()) {
			throw UsageError.of(spec, "the output file is empty: give -o FILE");
		}
		Path oldFolder = folders.get(0);
		Path newFolder = folders.size() > 1 ? folders.get(1) : oldFolder;
		try {
			StrategicPlan oldPlan = side("OLD", oldFolder, oldRevision);
			StrategicPlan newPlan = side("NEW", newFolder, newRevision);
			return write(format.render(PlanDiff.between(PlanItems.of(oldPlan), PlanItems.of(newPlan)), newPlan));
		} catch (SideFailed e) {
			err.println("itup: " + e.getMessage());
			return ExitCode.ERRORS;
		}
	}

	private StrategicPlan side(String label, Path folder, String revision) throws IOException, SideFailed {
		if (revision == null) {
			return plan(label, folder, PlanLoader.standalone().load(List.of(folder)));
		}
		try (PlanRevision copy = PlanRevision.of(folder, revision)) {
			return plan(label + " at " + revision, folder, PlanLoader.standalone().load(List.of(copy.folder())));
		} catch (PlanRevision.RevisionException e) {
			throw new SideFailed(label + ": " + e.getMessage());
		}
	}

	/** The one strategic plan of a side; errors in it are printed, since a broken plan would compare wrongly. */
	private StrategicPlan plan(String label, Path folder, LoadedPlans loaded) throws SideFailed {
		if (loaded.hasErrors()) {
			err.print(CheckFormat.TEXT.render(CheckReport.of(loaded, Path.of("").toAbsolutePath())));
			throw new SideFailed(label + " (" + folder + ") has errors: fix them, then compare");
		}
		List<StrategicPlan> plans = StrategicPlan.of(loaded.plans());
		if (plans.size() != 1) {
			throw new SideFailed(label + " (" + folder + ") holds " + plans.size()
					+ " strategic plans: give a folder of exactly one");
		}
		return plans.get(0);
	}

	private int write(String content) throws IOException {
		if (output == null) {
			out.print(content);
			return ExitCode.OK;
		}
		try {
			Path file = output.toAbsolutePath().normalize();
			new OutputFolder(file.getParent()).write(file.getFileName().toString(), content);
			return ExitCode.OK;
		} catch (IOException e) {
			err.println("itup: cannot write " + output + ": " + WriteFailure.describe(e));
			return ExitCode.ERRORS;
		}
	}

	/** One side cannot be compared; the message says which and why. */
	private static final class SideFailed extends Exception {
		private static final long serialVersionUID = 1L;

		SideFailed(String message) {
			super(message);
		}
	}

	static final class FormatArgument implements ITypeConverter<DiffFormat> {

		@Override
		public DiffFormat convert(String label) {
			return DiffFormat.named(label).orElseThrow(
					() -> new TypeConversionException("unknown format '" + label + "': use text, json, md or html"));
		}
	}
}
