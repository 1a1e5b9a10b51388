package org.itup.generator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.itup.generator.export.CsvExport;
import org.itup.generator.export.JsonExport;
import org.itup.generator.export.MarkdownExport;
import org.itup.generator.html.HtmlReportWriter;
import org.itup.generator.skeleton.SkeletonWriter;
import org.itup.generator.svg.SvgDiagramWriter;

/**
 * Every output format itup can generate, by the name users give in {@code --formats} or a build's configuration.
 * Shells look formats up here, so adding a writer to this list is all it takes to offer it everywhere.
 */
public final class PlanArtifactWriters {

	private static final Map<String, PlanArtifactWriter> BY_FORMAT = byFormat(new HtmlReportWriter(),
			new SvgDiagramWriter(), new MarkdownExport(), new CsvExport(), new JsonExport(), new SkeletonWriter());

	private PlanArtifactWriters() {
	}

	/** All writers, in the order their outputs are generated. */
	public static List<PlanArtifactWriter> all() {
		return List.copyOf(BY_FORMAT.values());
	}

	public static List<String> formats() {
		return List.copyOf(BY_FORMAT.keySet());
	}

	/** The writers of the named formats, in the order given; an unknown name is a usage error naming the others. */
	public static List<PlanArtifactWriter> named(List<String> formats) {
		List<PlanArtifactWriter> writers = new ArrayList<>();
		for (String format : formats) {
			PlanArtifactWriter writer = BY_FORMAT.get(format.trim());
			if (writer == null) {
				throw new GenerationOptionException("unknown format '" + format.trim() + "': use one or more of "
						+ String.join(", ", formats()));
			}
			if (!writers.contains(writer)) {
				writers.add(writer);
			}
		}
		return writers;
	}

	private static Map<String, PlanArtifactWriter> byFormat(PlanArtifactWriter... writers) {
		Map<String, PlanArtifactWriter> byFormat = new LinkedHashMap<>();
		for (PlanArtifactWriter writer : writers) {
			byFormat.put(writer.format(), writer);
		}
		return byFormat;
	}
}
