package org.itup.maven;

import java.io.File;
import java.io.IOException;
import java.util.List;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.itup.generator.GenerationOptionException;
import org.itup.generator.GenerationOptions;
import org.itup.generator.GenerationProgress;
import org.itup.generator.PlanGeneration;
import org.itup.generator.PlansRefused;
import org.itup.generator.WriteFailure;

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

	/** A folder of official SDG titles in one language (global_goals.yml, ...) to show in the report. */
	@Parameter(property = "itup.sdgTitles")
	private File sdgTitles;

	/**
	 * Judge the statuses of the report and the exports as of this period (default: the latest measured one) and
	 * write each plan's annual progress report beside its report, progress-PERIOD.html: 2022, 2022-Q3, 2022-07 or
	 * 2020-2021; needs one of the formats html, md, csv, json.
	 */
	@Parameter(property = "itup.period")
	private String period;

	@Parameter(property = "itup.force", defaultValue = "false")
	private boolean force;

	@Override
	public void execute() throws MojoExecutionException, MojoFailureException {
		if (skipped()) {
			return;
		}
		GenerationOptions options = options();
		try {
			PlanGeneration.Result result = PlanGeneration.run(load(), options, outputDirectory.toPath(),
					GenerationProgress.SILENT);
			result.notices().forEach(notice -> getLog().warn("itup: " + notice));
			getLog().info("itup: " + result.summary());
		} catch (PlansRefused e) {
			throw new MojoFailureException("itup: " + e.getMessage() + " (set force to generate anyway)");
		} catch (GenerationOptionException e) {
			throw new MojoExecutionException(e.getMessage(), e);
		} catch (IOException e) {
			throw new MojoExecutionException("itup: cannot write the output: " + WriteFailure.describe(e), e);
		}
	}

	/** Every parameter checked before any plan is loaded, as the command line does. */
	private GenerationOptions options() throws MojoExecutionException {
		try {
			GenerationOptions options = GenerationOptions.defaults().refuseAt(failLevel()).forced(force);
			if (formats != null && !formats.isEmpty()) {
				options = options.formats(formats);
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
			return sdgTitles == null ? options : withTitles(options);
		} catch (GenerationOptionException e) {
			throw new MojoExecutionException("itup: " + e.getMessage(), e);
		}
	}

	private GenerationOptions withTitles(GenerationOptions options) throws MojoExecutionException {
		try {
			return options.sdgTitles(sdgTitles.toPath());
		} catch (GenerationOptionException e) {
			throw new MojoExecutionException("itup: sdgTitles: " + e.getMessage(), e);
		}
	}
}
