package org.itup.generator.skeleton;

import java.util.LinkedHashMap;
import java.util.Map;

import org.itup.analysis.vocabulary.PlanVocabulary;
import org.itup.generator.skeleton.SkeletonOutline.Element;
import org.itup.model.PlanLevel;

/**
 * The text of one operational-plan skeleton: everything outside the protected regions comes from the strategic
 * plan; every region keeps the content it had, or gets placeholders to fill in. Regions whose output left the
 * strategic plan are written as retired outputs at the end, so no one's work disappears.
 */
final class SkeletonText {

	static final String PLAN_REGION = "plan";

	private final SkeletonOutline outline;
	private final int year;
	private final Map<String, String> remaining;
	private final PlanVocabulary words;
	private final StringBuilder out = new StringBuilder();

	/** @param words the plan's names for its levels, for the comments people read; keywords stay the language's */
	SkeletonText(SkeletonOutline outline, Map<String, String> existingRegions, PlanVocabulary words) {
		this.outline = outline;
		this.words = words;
		this.year = outline.year();
		this.remaining = new LinkedHashMap<>(existingRegions);
	}

	String render() {
		String planName = outline.planName();
		out.append("// Operational plan of ").append(outline.sectorName()).append(" for ").append(year)
				.append(" (detailed plan) and ").append(year + 1).append('-').append(year + 3)
				.append(" (forecast), generated from strategic plan ").append(planName).append(".\n")
				.append("// Write between the BEGIN and END PROTECTED REGION lines: regenerating keeps that text byte\n")
				.append("// for byte and rewrites everything else from the strategic plan.\n")
				.append("operational plan ").append(planName).append('-').append(year).append(" for ")
				.append(outline.sectorName()).append(" year ").append(year).append('\n')
				.append("implements ").append(planName).append('\n');
		region("", PLAN_REGION, "responsible \"\"\n");
		for (Element objective : outline.objectives()) {
			objective(objective);
		}
		retired();
		return out.toString();
	}

	private void objective(Element objective) {
		out.append("\nobjective ").append(objective.code()).append(" {\n");
		comment("\t", objective.code(), objective.text());
		for (Element output : objective.outputs()) {
			out.append("\toutput ").append(output.code()).append(" {\n");
			comment("\t\t", output.code(), output.text());
			region("\t\t", outputKey(output.code()), placeholders("\t\t"));
			out.append("\t}\n");
		}
		out.append("}\n");
	}

	private void retired() {
		Map<String, String> retired = new LinkedHashMap<>(remaining);
		if (retired.isEmpty()) {
			return;
		}
		out.append("\n// ").append(words.manyTitle(PlanLevel.OUTPUT))
				.append(" the strategic plan no longer has. Their work is kept here, never deleted:\n")
				.append("// move it to another ").append(words.one(PlanLevel.OUTPUT)).append(" or remove it by hand.\n");
		retired.forEach((key, content) -> {
			String code = key.startsWith("output ") ? key.substring("output ".length()) : key;
			out.append("retired output ").append(code).append(" {\n");
			region("\t", key, content);
			out.append("}\n");
		});
	}

	private String placeholders(String indent) {
		StringBuilder text = new StringBuilder();
		text.append(indent).append("responsible \"\"\n").append(indent).append("activity \"\"\n")
				.append(indent).append("indicator \"\" { unit \"\" }\n")
				// the amount first, in the plan's currency, then what it pays for
				.append(indent).append("resources 0 \"").append(outline.currency()).append("\" \"\"\n")
				.append(indent).append("plan ").append(year).append(" \"\"\n");
		for (int forecast = year + 1; forecast <= year + 3; forecast++) {
			text.append(indent).append("forecast ").append(forecast).append(" \"\"\n");
		}
		return text.toString();
	}

	/** Writes a region with what a person wrote in it before, or else with {@code fresh}. */
	private void region(String indent, String key, String fresh) {
		String content = remaining.containsKey(key) ? remaining.remove(key) : fresh;
		out.append(indent).append(ProtectedRegions.BEGIN).append(key).append('\n').append(content).append(indent)
				.append(ProtectedRegions.END).append(key).append('\n');
	}

	/** The element's text as a one-line comment; the code first, so no text can pass for a region marker. */
	private void comment(String indent, String code, String text) {
		if (text != null) {
			out.append(indent).append("// ").append(code).append(": ").append(text.replaceAll("[\\r\\n\\u2028\\u2029\\u0085]+", " "))
					.append('\n');
		}
	}

	static String outputKey(String code) {
		return "output " + code;
	}
}
