package org.itup.test.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The plan the skeleton tests regenerate: goal 1, and sector S whose objective S.1 has the given outputs, so a test
 * can add, drop and rename outputs between runs. The generator's tests and the command line's both write it.
 */
public final class SkeletonPlan {

	private SkeletonPlan() {
	}

	public static void write(Path folder, String... outputs) throws IOException {
		write(folder, "First", List.of(outputs));
	}

	/** The objective's title may hold anything; it is written with the plan language's string escapes. */
	public static void write(Path folder, String objectiveTitle, List<String> outputs) throws IOException {
		String title = objectiveTitle.replace("\\", "\\\\").replace("\"", "\\\"").replace("\r", "\\r")
				.replace("\n", "\\n").replace("\t", "\\t");
		StringBuilder plan = new StringBuilder("plan p \"P\"\nperiod 2024 to 2027\ngoal 1 \"One\" {\n"
				+ "    target 1.1 \"More\" { by 2027 qualitative }\n}\nsector S \"Sector\" {\n"
				+ "    objective S.1 \"" + title + "\" {\n        primary goal 1\n        outcome S.1-a \"Better\"\n");
		for (String output : outputs) {
			plan.append("        output ").append(output).append(" \"Output ").append(output).append("\"\n");
		}
		Files.createDirectories(folder);
		Files.writeString(folder.resolve("p.itup"), plan.append("    }\n}\n").toString());
	}
}
