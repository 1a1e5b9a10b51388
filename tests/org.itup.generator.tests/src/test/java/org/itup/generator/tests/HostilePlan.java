package org.itup.generator.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small valid plan whose every text holds what breaks naive writers: quotes, commas, a line break, table bars,
 * a script tag, an ampersand and right-to-left Arabic.
 */
final class HostilePlan {

	/** The text as the plan means it (after the plan language's string escapes). */
	static final String TEXT = "Quotes \"a\", commas, a line\nbreak | pipe <script>alert(1)</script> & ampersand, &amp; entity,"
			+ " Arabic: الاتحاد الدولي للاتصالات";

	private HostilePlan() {
	}

	static Path write(Path folder) throws IOException {
		String text = "\"" + TEXT.replace("\"", "\\\"").replace("\n", "\\n") + "\"";
		String plan = """
				plan hostile TEXT
				period 2024 to 2027
				vision TEXT
				goal 1 TEXT {
				    statement TEXT
				    target 1.1 TEXT { by 2027 qualitative }
				}
				sector S TEXT {
				    objective S.1 TEXT {
				        statement TEXT
				        primary goal 1
				        outcome S.1-a TEXT
				        output S.1-1 TEXT
				    }
				}
				risk R1 TEXT {
				    aspect TEXT
				    mitigation avoidance TEXT
				}
				""".replace("TEXT", text);
		Files.createDirectories(folder);
		return Files.writeString(folder.resolve("hostile.itup"), plan);
	}
}
