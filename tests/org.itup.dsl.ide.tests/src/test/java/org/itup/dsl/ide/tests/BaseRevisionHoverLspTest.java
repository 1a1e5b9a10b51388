package org.itup.dsl.ide.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.eclipse.jgit.api.Git;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * With the {@code itup.baseRevision} setting, a hover tells how the element differs from the plan at that git
 * revision, through a real language-server session on a git repository the test builds: the plan as adopted is
 * committed and tagged, then revised in the editor (target 1.1 raised, target 1.2 added, S.1's link to goal 2 made
 * primary) without being saved.
 */
class BaseRevisionHoverLspTest {

	private static final String ADOPTED = String.join("\n", "plan demo \"Demo plan\" period 2020 to 2023",
			"goal 1 \"Growth\" {", "    statement \"Enable access to the Internet\"",
			"    target 1.1 \"Households online\" { by 2023 level 65 \"%\" }", "}",
			"goal 2 \"Inclusiveness\" {", "    statement \"Bridge the digital divide\"",
			"    target 2.1 \"Individuals online\" { by 2023 level 60 \"%\" }", "}",
			"sector S \"Development\" {", "    objective S.1 \"Infrastructure\" {",
			"        statement \"Modern and secure infrastructure\"", "        primary goal 1",
			"        secondary goal 2", "    }", "}", "");

	private static PlanServerSession session;

	@BeforeAll
	static void adoptedThenRevised(@TempDir Path folder) throws Exception {
		Files.writeString(folder.resolve("plan.itup"), ADOPTED);
		session = PlanServerSession.on(folder, null);
		try (Git git = Git.init().setDirectory(session.workspace.toFile()).setInitialBranch("main").call()) {
			git.add().addFilepattern("plan.itup").call();
			git.commit().setMessage("as adopted").setAuthor("itup", "itup@example.org")
					.setCommitter("itup", "itup@example.org").setSign(false).call();
			git.tag().setName("adopted").setAnnotated(false).call();
		}
		Files.writeString(session.workspace.resolve("plan.itup"), ADOPTED
				.replace("level 65 \"%\" }", "level 70 \"%\" }\n    target 1.2 \"Schools online\" { by 2023 level 50 \"%\" }")
				.replace("        primary goal 1\n        secondary goal 2\n", "        primary goals 1, 2\n"));
		session.server.getWorkspaceService().didChangeConfiguration(
				new DidChangeConfigurationParams(Map.of("itup", Map.of("baseRevision", "adopted"))));
		session.open("plan.itup");
	}

	@AfterAll
	static void stop() throws Exception {
		session.server.getWorkspaceService().didChangeConfiguration(
				new DidChangeConfigurationParams(Map.of("itup", Map.of("baseRevision", ""))));
		try (Stream<Path> files = Files.walk(session.workspace.resolve(".git"))) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
		}
		session.close();
	}

	/** Below the element's usual hover: a raised target, a target added since, a changed link, an unchanged goal. */
	@ParameterizedTest
	@MethodSource("sinceTheBase")
	void eachElementSaysHowItDiffersFromTheBase(String marker, int shift, String ending) throws Exception {
		String hover = hover(marker, shift);
		assertTrue(hover.endsWith("\n\n---\n\n" + ending), hover);
	}

	static Stream<Arguments> sinceTheBase() {
		return Stream.of(Arguments.of("target 1.1", 7, "**Since adopted:** changed\n- value: 65 % \u2192 70 %"),
				Arguments.of("target 1.2", 7, "**Since adopted:** added"),
				Arguments.of("objective S.1", 10, "**Since adopted:** changed\n- goal 2: secondary \u2192 primary"),
				Arguments.of("goal 2", 5, "**Since adopted:** unchanged"));
	}

	@Test
	void anUnknownRevisionIsSaidInTheHover() throws Exception {
		session.server.getWorkspaceService().didChangeConfiguration(
				new DidChangeConfigurationParams(Map.of("itup", Map.of("baseRevision", "v9"))));
		try {
			String hover = hover("goal 2", 5);
			assertTrue(hover.endsWith("**Since v9:** not compared: unknown revision 'v9'"), hover);
		} finally {
			session.server.getWorkspaceService().didChangeConfiguration(
					new DidChangeConfigurationParams(Map.of("itup", Map.of("baseRevision", "adopted"))));
		}
	}

	private static String hover(String marker, int shift) throws Exception {
		Hover hover = session.server.getTextDocumentService().hover(new HoverParams(session.document("plan.itup"),
				session.positionOf("plan.itup", marker, shift))).get(PlanServerSession.TIMEOUT_SECONDS,
						TimeUnit.SECONDS);
		return hover.getContents().getRight().getValue();
	}
}
