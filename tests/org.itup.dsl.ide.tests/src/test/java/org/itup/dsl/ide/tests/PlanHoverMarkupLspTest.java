package org.itup.dsl.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hovers show plan text as written: a title or statement holding Markdown links, remote images or HTML is escaped
 * as the Markdown export escapes it, so the editor renders characters, never a link, an image fetch or markup.
 */
class PlanHoverMarkupLspTest {

	private static final String LINK = "[click](javascript:alert(1))";
	private static final String IMAGE = "![seen](http://127.0.0.1:9/beacon.png)";
	private static final String HTML = "<img src=x onerror=alert(1)>";

	/** An opening bracket or angle bracket without the backslash that makes it plain text. */
	private static final Pattern MARKUP = Pattern.compile("(?<!\\\\)[\\[<]");

	private static PlanServerSession session;

	@BeforeAll
	static void start(@TempDir Path folder) throws Exception {
		Files.writeString(folder.resolve("hostile.itup"), "plan hostile period 2020 to 2023\n"
				+ "goal 1 \"" + LINK + " " + IMAGE + "\" {\n"
				+ "    statement \"" + HTML + "\n# heading\n1. list\"\n"
				+ "    target 1.1 \"t\" { by 2023 level 5 \"" + HTML + "\" }\n}\n");
		session = PlanServerSession.on(folder, null);
	}

	@AfterAll
	static void stop() throws Exception {
		session.close();
	}

	@Test
	void titlesAndStatementsAreEscapedAsInTheMarkdownExport() throws Exception {
		String hover = hover("goal 1", 5);
		assertTrue(hover.startsWith("**1 - \\[click\\](javascript:alert(1)) !\\[seen\\](http://127.0.0.1:9/beacon.png)**"),
				hover);
		assertTrue(hover.contains("\\<img src=x onerror=alert(1)\\>\\\n\\# heading\\\n1\\. list"), hover);
		assertFalse(MARKUP.matcher(hover).find(), hover);
	}

	@Test
	void unitsAreEscapedToo() throws Exception {
		String hover = hover("target 1.1", 7);
		assertEquals("- Target value: level 5 \\<img src=x onerror=alert(1)\\>", hover.lines()
				.filter(l -> l.startsWith("- Target value")).findFirst().orElse(hover));
		assertFalse(MARKUP.matcher(hover).find(), hover);
	}

	private static String hover(String marker, int shift) throws Exception {
		Hover hover = session.server.getTextDocumentService().hover(new HoverParams(session.document("hostile.itup"),
				session.positionOf("hostile.itup", marker, shift))).get(PlanServerSession.TIMEOUT_SECONDS,
						TimeUnit.SECONDS);
		return hover.getContents().getRight().getValue();
	}
}
