package org.itup.generator.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** Plan text full of markup, separators and right-to-left script comes out of every export exactly as written. */
class HostileTextExportTest {

	@TempDir
	Path temp;

	private Path generate() throws IOException {
		HostilePlan.write(temp.resolve("plan"));
		Generation.run(temp.resolve("plan"), temp.resolve("out"), Generation.formats("md", "csv", "json"));
		return temp.resolve("out");
	}

	@Test
	void csvFieldsReadBackVerbatim() throws IOException {
		Path csv = generate().resolve("csv/hostile");
		for (String table : List.of("goals", "targets", "sectors", "objectives", "outcomes", "outputs", "risks",
				"mitigations")) {
			List<List<String>> records = CsvRecords.parse(Files.readString(csv.resolve(table + ".csv")));
			assertEquals(2, records.size(), table);
			assertEquals(records.get(0).size(), records.get(1).size(), table);
			assertTrue(records.get(1).contains(HostilePlan.TEXT), () -> table + ": " + records.get(1));
		}
	}

	@Test
	void markdownRendersTheTextAndRunsNothing() throws IOException {
		String markdown = Files.readString(generate().resolve("markdown/hostile.md"), StandardCharsets.UTF_8);
		List<org.commonmark.Extension> tables = List.of(TablesExtension.create());
		String html = HtmlRenderer.builder().extensions(tables).build()
				.render(Parser.builder().extensions(tables).build().parse(markdown));

		assertFalse(html.contains("<script"), html);
		assertFalse(html.contains("<a "), html);
		assertTrue(html.contains("<th>Treatment</th>"), html);
		String text = visibleText(html);
		int shown = text.split(java.util.regex.Pattern.quote(HostilePlan.TEXT), -1).length - 1;
		// vision, goal statement, target, objective statement, outcome, output, risk aspect and mitigation (the last
		// in a table cell); headings cannot hold a line break, so they show it as a space
		assertTrue(shown >= 8, () -> "shown " + shown + " times in:\n" + text);
	}

	@Test
	void jsonHoldsTheTextVerbatim() throws IOException {
		JsonObject plan = JsonParser.parseString(Files.readString(generate().resolve("json/hostile.json")))
				.getAsJsonObject();
		assertEquals(HostilePlan.TEXT, plan.get("vision").getAsString());
		assertEquals(HostilePlan.TEXT, plan.getAsJsonArray("risks").get(0).getAsJsonObject()
				.getAsJsonArray("mitigations").get(0).getAsJsonObject().get("statement").getAsString());
	}

	/** What a reader sees: line breaks as breaks, markup gone, character references decoded. */
	private static String visibleText(String html) {
		return html.replace("<br />\n", "\n").replace("<br>", "\n").replaceAll("<[^>]+>", "")
				.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
	}
}
