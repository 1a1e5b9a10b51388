package org.itup.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;
import org.itup.dsl.load.LoadedPlans;
import org.itup.dsl.load.PlanDiagnostic;
import org.itup.dsl.load.PlanLoader;
import org.itup.generator.GenerationOptionException;
import org.itup.generator.check.CheckReport;
import org.itup.generator.check.FailLevel;

/**
 * What both goals share: where the plans are, when findings fail the build, and loading them through the one
 * loader, logging every finding at its own level.
 */
abstract class AbstractPlanMojo extends AbstractMojo {

	/** Folders (searched recursively) and files of .itup plans; default {@code src/main/itup}. */
	@Parameter(property = "itup.sourceFolders")
	private List<File> sourceFolders;

	@Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
	private File basedir;

	/** The least severe finding that fails the build: error, warning, info or none. */
	@Parameter(property = "itup.failOn", defaultValue = "error")
	private String failOn;

	@Parameter(property = "itup.skip", defaultValue = "false")
	private boolean skip;

	protected boolean skipped() {
		if (skip) {
			getLog().info("itup: skipped");
		}
		return skip;
	}

	protected LoadedPlans load() {
		List<Path> roots = sourceFolders == null || sourceFolders.isEmpty()
				? List.of(basedir.toPath().resolve("src/main/itup"))
				: sourceFolders.stream().map(File::toPath).toList();
		LoadedPlans loaded = PlanLoader.standalone().load(roots);
		CheckReport report = CheckReport.of(loaded, basedir.toPath());
		for (PlanDiagnostic diagnostic : loaded.diagnostics()) {
			String line = report.line(diagnostic);
			switch (diagnostic.severity()) {
			case ERROR -> getLog().error(line);
			case WARNING -> getLog().warn(line);
			default -> getLog().info(line);
			}
		}
		getLog().info("itup: " + loaded.files().size() + " plan files, " + loaded.diagnostics().size() + " findings");
		return loaded;
	}

	protected FailLevel failLevel() throws MojoExecutionException {
		try {
			return FailLevel.named(failOn);
		} catch (GenerationOptionException e) {
			throw new MojoExecutionException(e.getMessage(), e);
		}
	}
}
