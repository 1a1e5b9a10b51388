package org.itup.maven;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * What examples/headless-build wrote when the invoker plugin built it with this plugin in the integration-test
 * phase. A missing build folder fails the test: the example must have been built, not skipped.
 */
class ExampleBuildIT {

	private static Path exampleBuild() {
		String folder = System.getProperty("itup.example.build.dir");
		assertNotNull(folder, "system property itup.example.build.dir is not set (the pom's failsafe configuration)");
		Path build = Path.of(folder);
		assertTrue(Files.isDirectory(build), "the example was not built: " + build);
		return build;
	}

	@Test
	void exampleBuildSucceededAndRanBothGoals() throws IOException {
		String log = Files.readString(exampleBuild().resolve("build.log"));

		assertTrue(log.contains("BUILD SUCCESS"), log);
		assertTrue(log.contains("(check-plans) @ headless-build"), log);
		assertTrue(log.contains("(plan-exports) @ headless-build"), log);
		assertTrue(log.contains("(progress-report) @ headless-build"), log);
		assertTrue(log.contains("itup: 7 plan files, "), log);
		assertTrue(!log.contains("[ERROR]") && !log.matches("(?s).*\\[WARNING\\] [^\\n]*\\.itup:.*"), log);
	}

	@Test
	void exampleBuildWroteTheExportsAndTheSkeleton() throws IOException {
		Path output = exampleBuild().resolve("target/itup");
		for (String file : List.of("markdown/itu2020.md", "json/itu2020.json", "csv/itu2020/linkage-matrix.csv",
				"csv/itu2020/objectives.csv", "operational/itu2020/ITU-R-2021.itup")) {
			assertTrue(Files.isRegularFile(output.resolve(file)), file + " missing in " + output);
		}
		String skeleton = Files.readString(output.resolve("operational/itu2020/ITU-R-2021.itup"));
		assertTrue(skeleton.contains("operational plan itu2020-2021 for ITU-R year 2021\nimplements itu2020\n"),
				skeleton);
		String matrix = Files.readString(output.resolve("csv/itu2020/linkage-matrix.csv"));
		assertTrue(matrix.startsWith("objective,1,2,3,4,5\r\nR.1,primary,primary,primary,primary,secondary\r\n"),
				matrix);
	}

	@Test
	void exampleBuildWroteTheProgressReportOfItsPeriodBesideTheReport() throws IOException {
		Path output = exampleBuild().resolve("target/itup-progress");
		assertTrue(Files.isRegularFile(output.resolve("index.html")), "index.html missing in " + output);
		String progress = Files.readString(output.resolve("progress-2021.html"));
		assertTrue(progress.contains("<title>Progress in 2021: ITU strategic plan for 2020-2023</title>"),
				progress.substring(0, Math.min(2000, progress.length())));
		assertTrue(progress.contains("<tr id=\"progress-1.1\""), "target 1.1 missing from the progress report");
		assertTrue(progress.contains("63 % in 2021"), "target 1.2's measured value missing from the progress report");
	}
}
