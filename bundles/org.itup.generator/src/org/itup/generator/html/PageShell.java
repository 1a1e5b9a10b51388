package org.itup.generator.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

import org.itup.generator.MarkupBuilder;

/**
 * The head of a page in the report's style that needs no script (the comparison page, the progress report): the
 * report's stylesheet and the page's own rules inlined and allowed by their hash, scripts and every load refused by
 * the Content-Security-Policy, so the file works offline and alone.
 */
public final class PageShell {

	private PageShell() {
	}

	/** The report's stylesheet followed by the rules of {@code name}, a resource beside {@code owner}. */
	public static String style(Class<?> owner, String name) {
		try (InputStream in = owner.getResourceAsStream(name)) {
			return ReportPage.STYLE + new String(Objects.requireNonNull(in, name).readAllBytes(),
					StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Writes the document type and head, and opens the body. */
	public static void open(MarkupBuilder html, String title, String style) {
		html.raw("<!DOCTYPE html>\n").open("html", "lang", "en").raw("\n").open("head").raw("\n");
		html.empty("meta", "charset", "utf-8").empty("meta", "http-equiv", "Content-Security-Policy", "content",
				"default-src 'none'; img-src data:; style-src '" + ReportPage.hash(style)
						+ "'; script-src 'none'; base-uri 'none'; form-action 'none'");
		html.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1").raw("\n");
		html.element("title", title).open("style").raw(style).close("style").close("head");
		html.open("body");
	}
}
