package org.itup.generator.check;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.itup.dsl.load.PlanDiagnostic;

/**
 * Writes a check report as SARIF 2.1.0, the format code-scanning services read to show diagnostics inline: one run
 * of the tool {@code itup}, one rule per issue code met, one result per diagnostic. Paths under the working directory
 * are given relative to the base {@code %SRCROOT%} (the working directory), others as absolute file URIs; columns
 * count UTF-16 code units, as the loader's do, and end columns point just after the marked text.
 */
final class CheckReportSarif {

	private static final String SRCROOT = "%SRCROOT%";

	private final CheckReport report;
	private final JsonWriter json = new JsonWriter();
	private final List<String> rules;

	private CheckReportSarif(CheckReport report) {
		this.report = report;
		this.rules = report.diagnostics().stream().map(PlanDiagnostic::code).filter(Objects::nonNull).distinct()
				.sorted().toList();
	}

	static String render(CheckReport report) {
		return new CheckReportSarif(report).write();
	}

	private String write() {
		json.beginObject().name("version").value("2.1.0").name("runs").beginArray().beginObject();
		json.name("tool").beginObject().name("driver").beginObject().name("name").value("itup")
				.name("rules").beginArray();
		rules.forEach(rule -> json.beginObject().name("id").value(rule).endObject());
		json.endArray().endObject().endObject();
		json.name("originalUriBaseIds").beginObject().name(SRCROOT).beginObject()
				.name("uri").value(directoryUri(report.workingDirectory())).endObject().endObject();
		json.name("columnKind").value("utf16CodeUnits");
		json.name("results").beginArray();
		report.diagnostics().forEach(this::result);
		json.endArray().endObject().endArray().endObject();
		return json.toString();
	}

	private void result(PlanDiagnostic diagnostic) {
		json.beginObject();
		if (diagnostic.code() != null) {
			json.name("ruleId").value(diagnostic.code()).name("ruleIndex").value(rules.indexOf(diagnostic.code()));
		}
		json.name("level").value(level(diagnostic))
				.name("message").beginObject().name("text").value(diagnostic.message()).endObject()
				.name("locations").beginArray().beginObject().name("physicalLocation").beginObject();
		artifactLocation(diagnostic.file());
		if (diagnostic.hasPosition()) {
			json.name("region").beginObject()
					.name("startLine").value(diagnostic.line())
					.name("startColumn").value(Math.max(1, diagnostic.column()))
					.name("endLine").value(Math.max(diagnostic.line(), diagnostic.endLine()))
					.name("endColumn").value(Math.max(1, diagnostic.endColumn()))
					.endObject();
		}
		json.endObject().endObject().endArray().endObject();
	}

	private void artifactLocation(Path file) {
		String shown = report.display(file);
		json.name("artifactLocation").beginObject();
		if (shown.startsWith("/")) {
			json.name("uri").value(file.toAbsolutePath().normalize().toUri().toString());
		} else {
			json.name("uri").value(relativeUri(shown)).name("uriBaseId").value(SRCROOT);
		}
		json.endObject();
	}

	private static String level(PlanDiagnostic diagnostic) {
		return switch (diagnostic.severity()) {
		case ERROR -> "error";
		case WARNING -> "warning";
		case INFO -> "note";
		};
	}

	private static String directoryUri(Path directory) {
		String uri = directory.toUri().toString();
		return uri.endsWith("/") ? uri : uri + "/";
	}

	private static String relativeUri(String path) {
		try {
			return new URI(null, null, path, null).toASCIIString();
		} catch (URISyntaxException e) {
			throw new IllegalArgumentException("not a path: " + path, e);
		}
	}
}
