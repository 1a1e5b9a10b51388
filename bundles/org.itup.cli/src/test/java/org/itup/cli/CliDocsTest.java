package org.itup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.itup.test.support.RepositoryRoot;
import org.junit.jupiter.api.Test;

/**
 * The usage section of docs/cli.md is what {@code itup --help} and each command's help print, so the manual cannot
 * drift from the options. Run with {@code -Ditup.docs.update=true} to write the section anew, then review the diff.
 */
class CliDocsTest {

	private static final String BEGIN = "<!-- usage: generated from the command's help by CliDocsTest -->\n";
	private static final String END = "<!-- end of the generated usage -->\n";
	private static final List<String> COMMANDS = List.of("check", "generate", "diff", "lsp", "help");

	@Test
	void theManualsUsageSectionIsTheCommandsOwnHelp() throws IOException {
		Path manual = RepositoryRoot.path().resolve("docs/cli.md");
		String text = Files.readString(manual, StandardCharsets.UTF_8);
		int begin = text.indexOf(BEGIN);
		int end = text.indexOf(END);
		assertTrue(begin >= 0 && end > begin, "docs/cli.md lacks the markers of its usage section");
		String current = text.substring(begin + BEGIN.length(), end);
		String generated = usageSection();
		if (Boolean.getBoolean("itup.docs.update")) {
			Files.writeString(manual, text.substring(0, begin + BEGIN.length()) + generated + text.substring(end),
					StandardCharsets.UTF_8);
			return;
		}
		assertEquals(generated, current, "docs/cli.md differs from the help; run with -Ditup.docs.update=true");
	}

	private static String usageSection() {
		StringBuilder section = new StringBuilder(block("itup --help", help("--help")));
		for (String command : COMMANDS) {
			section.append('\n').append(block("itup help " + command, help("help", command)));
		}
		return section.toString();
	}

	private static String help(String... args) {
		CliRun run = CliRun.of(args);
		assertEquals(ExitCode.OK, run.exitCode(), run::toString);
		assertEquals("", run.err(), run::toString);
		return run.out();
	}

	private static String block(String commandLine, String help) {
		return "```\n$ " + commandLine + "\n" + help + "```\n";
	}
}
