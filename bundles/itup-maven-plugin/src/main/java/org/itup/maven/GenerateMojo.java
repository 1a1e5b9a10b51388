package org.itup.maven;

import java.io.File;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.itup.dsl.load.LoadedPlans;
import org.itup.generator.GenerationOptionException;
import org.itup.generator.GenerationProgress;
import org.itup.generator.PlanArtifactWriter;
import org.itup.generator.PlanArtifactWriters;
import org.itup.generator.PlanGeneration;
import org.itup.generator.WriteFailure;
import org.itup.generator.skeleton.SkeletonWriter;

/**
 * Goal {@code generate}: writes the chosen formats of the plans into the output folder, refusing plans with findings
 * at or above {@code failOn} unless {@code force} is set.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true)
public class GenerateMojo extends AbstractPlanMojo {

	@Parameter(property = "itup.outputDirectory", defaultValue = "${project.build.directory}/itup")
	private File outputDirectory;

	/** Format names (md, csv, json, skeleton, ...); default: every format. */
	@Parameter(property = "itup.formats")
	private List<String> formats;

	/** Operational-plan skeletons of this sector only; default: every sector. */
	@Parameter(property = "itup.sector")
	private String sector;

	/** Detailed year of the skeletons; default: the plan's first year. */
	@Parameter(property = "itup.year")
	private String year;

	@Parameter(property = "itup.force", defaultValue = "false")
	private boolean force;

	@Override
	public void execute() throws MojoExecutionException, MojoFailureException {
		if (skipped()) {
			return;
		}
		try {
			List<PlanArtifactWriter> writers = formats == null || formats.isEmpty() ? PlanArtifactWriters.all()
					: PlanArtifactWriters.named(formats);
			LoadedPlans loaded = load();
			if (failLevel().fails(loaded) && !force) {
				throw new MojoFailureException("itup: the plans have findings at or above the fail-on level, so "
						+ "nothing was generated (set force to generate anyway)");
			}
			PlanGeneration.Result result = PlanGeneration.run(loaded, writers, options(), outputDirectory.toPath(),
					GenerationProgress.SILENT);
			result.notices().forEach(notice -> getLog().warn("itup: " + notice));
			getLog().info("itup: " + result.summary());
		} catch (GenerationOptionException e) {
			throw new MojoExecutionException(e.getMessage(), e);
		} catch (IOException e) {
			throw new MojoExecutionException("itup: cannot write the output: " + WriteFailure.describe(e), e);
		}
	}

	private Map<String, String> options() {
		Map<String, String> options = new LinkedHashMap<>();
		if (sector != null) {
			options.put(SkeletonWriter.SECTOR, sector);
		}
		if (year != null) {
			options.put(SkeletonWriter.YEAR, year);
		}
		return options;
	}
}
