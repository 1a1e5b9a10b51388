package org.itup.generator.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

import org.itup.generator.MarkupBuilder;
import org.itup.model.Plan;

/**
 * The whole report page. Its style and script are inlined so the file works offline and alone, and the
 * Content-Security-Policy allows exactly those two by their hashes: no external load, and no script that plan text
 * might smuggle in could run even if escaping ever failed.
 */
final class ReportPage {

	static final String STYLE = resource("report.css");
	private static final String SCRIPT = resource("report.js");

	private static final List<ReportSection> SECTIONS = List.of(new OverviewSection(), new DiagramSection(),
			new GoalsSection(), new ObjectivesSection(), new LinkageMatrixSection(), new EnablersSection(),
			new RisksSection(), new SwotSection(), new SdgWsisSection(), new ValidationSection());

	private ReportPage() {
	}

	static String render(ReportContext context) {
		Plan header = context.plan().header();
		String title = Objects.requireNonNullElse(header.getTitle(), context.plan().name());
		MarkupBuilder html = new MarkupBuilder();
		html.raw("<!DOCTYPE html>\n").open("html", "lang", "en").raw("\n").open("head").raw("\n");
		html.empty("meta", "charset", "utf-8").empty("meta", "http-equiv", "Content-Security-Policy", "content",
				"default-src 'none'; img-src data:; style-src '" + hash(STYLE) + "'; script-src '" + hash(SCRIPT)
						+ "'; base-uri 'none'; form-action 'none'");
		html.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1").raw("\n");
		html.element("title", title);
		html.open("style").raw(STYLE).close("style").close("head");
		html.open("body").raw("\n");
		html.open("a", "class", "skip", "href", "#main").text("Skip to the report").close("a");
		navigation(context, html);
		html.open("main", "id", "main").raw("\n");
		SECTIONS.stream().filter(section -> section.shows(context)).forEach(section -> section.write(context, html));
		html.close("main");
		ReportFooter.write(context, html);
		html.open("script").raw(SCRIPT).close("script");
		html.close("body").close("html");
		return html.toString();
	}

	private static void navigation(ReportContext context, MarkupBuilder html) {
		html.open("nav", "aria-label", "Sections of the report").open("ul");
		for (ReportSection section : SECTIONS.stream().filter(section -> section.shows(context)).toList()) {
			html.open("li").open("a", "href", "#" + section.id()).text(section.heading(context)).close("a").close("li");
		}
		html.close("ul").close("nav");
	}

	static String hash(String content) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
			return "sha256-" + Base64.getEncoder().encodeToString(digest);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java runtime has SHA-256", e);
		}
	}

	static String resource(String name) {
		try (InputStream in = ReportPage.class.getResourceAsStream(name)) {
			return new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
