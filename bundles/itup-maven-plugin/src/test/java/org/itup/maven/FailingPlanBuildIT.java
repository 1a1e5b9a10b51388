package org.itup.maven;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** The check goal fails a build whose plan has an error, and the log names the file, the line and the problem. */
class FailingPlanBuildIT {

	@Test
	void checkFailsTheBuildAndLogsTheError() throws IOException {
		String folder = System.getProperty("itup.failing.build.dir");
		assertNotNull(folder, "system property itup.failing.build.dir is not set (the pom's failsafe configuration)");
		Path log = Path.of(folder, "build.log");
		assertTrue(Files.isRegularFile(log), "the failing-plan project was not built: " + log);
		String text = Files.readString(log);

		assertTrue(text.contains("[ERROR] src/main/itup/plan.itup:7:22: error: There is no goal '9' in plan broken; goals that can be named here: 1."),
				text);
		assertTrue(text.contains("itup: the plans have findings at or above the fail-on level; see above"), text);
		assertTrue(text.contains("BUILD FAILURE"), text);
	}
}
