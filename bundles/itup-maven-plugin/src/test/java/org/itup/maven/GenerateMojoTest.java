package org.itup.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generate goal's parameters, set as Maven sets them (into the fields): the SDG titles reach the report, a
 * mistyped titles folder fails the build naming it, and a plan with errors is refused unless forced.
 */
class GenerateMojoTest {

	/** The test titles and plans the generator's tests use, so every shell is shown the same input. */
	private static final Path TESTS = Path.of("../../tests").toAbsolutePath().normalize();
	private static final Path TITLES = TESTS.resolve("org.itup.test.support/fixtures/sdg-titles-test");
	private static final Path PLAN = TESTS
			.resolve("org.itup.generator.tests/src/test/resources/org/itup/generator/tests/report/small");
	/** The shared monitored test plan, with measurements, spending and an assessment for 2021. */
	private static final Path MONITORED_PLAN = TESTS.resolve("org.itup.test.support/fixtures/progress");
	/** The plan of the failing-plan build: a goal linked to a goal that is not there. */
	private static final Path BROKEN_PLAN = Path.of("src/it/failing-plan/src/main/itup").toAbsolutePath();

	@TempDir
	Path temp;

	@Test
	void sdgTitlesReachTheReport() throws Exception {
		set(mojo(PLAN, "html"), "sdgTitles", TITLES.toFile()).execute();

		String report = Files.readString(temp.resolve("out/index.html"), StandardCharsets.UTF_8);
		assertTrue(report.contains("9.c Title of target 9.c used by the tests"), "target title missing");
	}

	@Test
	void aMistypedSdgTitlesFolderFailsTheBuildNamingIt() throws Exception {
		File typo = temp.resolve("sdg-titels").toFile();
		GenerateMojo mojo = set(mojo(PLAN, "html"), "sdgTitles", typo);

		MojoExecutionException failure = assertThrows(MojoExecutionException.class, mojo::execute);
		assertEquals("itup: sdgTitles: no such folder: " + typo, failure.getMessage());
		assertFalse(Files.exists(temp.resolve("out")));
	}

	@Test
	void thePeriodWritesTheProgressReportBesideThePlansReport() throws Exception {
		set(mojo(MONITORED_PLAN, "html"), "period", "2021").execute();

		String progress = Files.readString(temp.resolve("out/progress-2021.html"), StandardCharsets.UTF_8);
		assertTrue(progress.contains("<title>Progress in 2021: Demonstration plan 2020-2023</title>"), "title missing");
		assertTrue(Files.isRegularFile(temp.resolve("out/index.html")));
	}

	@Test
	void aMistypedPeriodFailsTheBuildNamingTheForms() throws Exception {
		GenerateMojo mojo = set(mojo(MONITORED_PLAN, "html"), "period", "2021-Q5");

		MojoExecutionException failure = assertThrows(MojoExecutionException.class, mojo::execute);
		assertEquals("itup: '2021-Q5' is not a period (expected 2022, 2022-Q3, 2022-07 or 2020-2021)",
				failure.getMessage());
		assertFalse(Files.exists(temp.resolve("out")));
	}

	@Test
	void aPlanWithErrorsIsRefusedUnlessForced() throws Exception {
		MojoFailureException refusal = assertThrows(MojoFailureException.class, mojo(BROKEN_PLAN, "md")::execute);
		assertTrue(refusal.getMessage().startsWith("itup: the plans have errors, so nothing was generated (set force"),
				refusal.getMessage());
		assertFalse(Files.exists(temp.resolve("out")));

		set(mojo(BROKEN_PLAN, "md"), "force", true).execute();
		try (var files = Files.list(temp.resolve("out/markdown"))) {
			assertEquals(1, files.count(), "the forced run wrote the plan's Markdown");
		}
	}

	private GenerateMojo mojo(Path plans, String format) throws ReflectiveOperationException {
		GenerateMojo mojo = new GenerateMojo();
		set(mojo, "sourceFolders", List.of(plans.toFile()));
		set(mojo, "basedir", temp.toFile());
		set(mojo, "failOn", "error");
		set(mojo, "outputDirectory", temp.resolve("out").toFile());
		return set(mojo, "formats", List.of(format));
	}

	/** What Maven does with a parameter: writes the field, in the goal's class or the one it extends. */
	private static GenerateMojo set(GenerateMojo mojo, String name, Object value) throws ReflectiveOperationException {
		for (Class<?> type = mojo.getClass(); type != null; type = type.getSuperclass()) {
			try {
				Field field = type.getDeclaredField(name);
				field.setAccessible(true);
				field.set(mojo, value);
				return mojo;
			} catch (NoSuchFieldException e) {
				// declared higher up
			}
		}
		throw new NoSuchFieldException(name);
	}
}
