package org.itup.dsl.ide.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The plan "split" of the language-server tests: its goals in main.itup, the objective that answers for them in
 * sector-d.itup.
 */
final class SplitPlanFiles {

	static final String SECTOR_D = """
			plan split
			sector D "Development" {
			    objective D.1 "Capacity" {
			        statement "Build national capacity"
			        primary goals 1, 2
			        outcome D.1-a "Stronger national agencies"
			        output D.1-1 "Training courses"
			    }
			}
			""";

	private SplitPlanFiles() {
	}

	static void write(Path folder) throws IOException {
		Files.writeString(folder.resolve("main.itup"), """
				plan split "Split" period 2024 to 2027
				goal 1 "Connectivity" {
				    target 1.1 "Schools connected" { by 2027 level 80 "%" }
				}
				goal 2 "Digital skills" {
				    target 2.1 "Adults with basic skills" { by 2026 level 70 "%" }
				}
				""");
		Files.writeString(folder.resolve("sector-d.itup"), SECTOR_D);
	}
}
