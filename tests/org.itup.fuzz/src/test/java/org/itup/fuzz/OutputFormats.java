package org.itup.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

/**
 * Cheap checks that a generated file can be read by what reads its format. The HTML report is written as
 * well-formed markup, so apart from the contents of its one style and one script it parses as XML; that catches
 * any text that escaped unescaped into the markup.
 */
final class OutputFormats {

	private static final Pattern STYLE_OR_SCRIPT = Pattern.compile("(?s)<(style|script)\\b([^>]*)>.*?</\\1>");
	private static final String DOCTYPE = "<!DOCTYPE html>";

	private OutputFormats() {
	}

	static void assertStrictJson(Path file, String content) {
		try (JsonReader reader = new JsonReader(new StringReader(content))) {
			reader.setStrictness(Strictness.STRICT);
			// the adapter keeps the reader's strictness; JsonParser would read leniently
			new Gson().getAdapter(JsonElement.class).read(reader);
			assertEquals(JsonToken.END_DOCUMENT, reader.peek(), () -> file + ": text after the JSON value");
		} catch (IOException | RuntimeException e) {
			fail(file + " is not strict JSON: " + e.getMessage(), e);
		}
	}

	static void assertWellFormedXml(Path file, String content) {
		parseXml(file, content);
	}

	static void assertReportHtml(Path file, String content) {
		assertTrue(content.startsWith(DOCTYPE + "\n"), () -> file + " does not start with " + DOCTYPE);
		Matcher blocks = STYLE_OR_SCRIPT.matcher(content.substring(DOCTYPE.length()));
		Document report = parseXml(file, blocks.replaceAll("<$1$2></$1>"));
		assertEquals(1, report.getElementsByTagName("script").getLength(), () -> file + ": not exactly one script");
		assertEquals(1, report.getElementsByTagName("style").getLength(), () -> file + ": not exactly one style");
	}

	static void assertRectangularCsv(Path file, String content) {
		List<List<String>> records = CsvRecords.parse(content);
		assertTrue(!records.isEmpty(), () -> file + " has no header");
		int columns = records.get(0).size();
		for (int i = 1; i < records.size(); i++) {
			int row = i;
			assertEquals(columns, records.get(i).size(), () -> file + ": record " + row + " has another field count");
		}
	}

	private static Document parseXml(Path file, String content) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			var builder = factory.newDocumentBuilder();
			builder.setErrorHandler(new DefaultHandler());
			return builder.parse(new InputSource(new StringReader(content)));
		} catch (ParserConfigurationException | SAXException | IOException e) {
			return fail(file + " is not well-formed: " + e.getMessage(), e);
		}
	}
}
