package org.itup.generator.skeleton;

import java.util.LinkedHashMap;
import java.util.Map;

import org.itup.model.Objective;
import org.itup.model.Output;
import org.itup.model.Sector;

/**
 * The text of one operational-plan skeleton: everything outside the protected regions comes from the strategic
 * plan; every region keeps the content it had, or gets placeholders to fill in. Regions whose output left the
 * strategic plan are written as retired outputs at the end, so no one's work disappears.
 */
final class SkeletonText {

	static final String PLAN_REGION = "plan";

	private final String planName;
	private final Sector sector;
	private final int year;
	private final Map<String, String> remaining;
	private final StringBuilder out = new StringBuilder();

	SkeletonText(String planName, Sector sector, int year, Map<String, String> existingRegions) {
		this.planName = planName;
		this.sector = sector;
		this.year = year;
		this.remaining = new LinkedHashMap<>(existingRegions);
	}

	String render() {
		out.append("// Operational plan of ").append(sector.getName()).append(" for ").append(year)
				.append(" (detailed plan) and ").append(year + 1).append('-').append(year + 3)
				.append(" (forecast), generated from strategic plan ").append(planName).append(".\n")
				.append("// Write between the BEGIN and END PROTECTED REGION lines: regenerating keeps that text byte\n")
				.append("// for byte and rewrites everything else from the strategic plan.\n")
				.append("operational plan ").append(planName).append('-').append(year).append(" for ")
				.append(sector.getName()).append(" year ").append(year).append('\n')
				.append("implements ").append(planName).append('\n');
		region("", PLAN_REGION, "responsible \"\"\n");
		for (Objective objective : sector.getObjectives()) {
			objective(objective);
		}
		retired();
		return out.toString();
	}

	private void objective(Objective objective) {
		out.append("\nobjective ").append(objective.getName()).append(" {\n");
		comment("\t", objective.getName(), objective.getTitle());
		for (Output output : objective.getOutputs()) {
			out.append("\toutput ").append(output.getName()).append(" {\n");
			comment("\t\t", output.getName(), output.getStatement());
			region("\t\t", outputKey(output.getName()), placeholders("\t\t"));
			out.append("\t}\n");
		}
		out.append("}\n");
	}

	private void retired() {
		Map<String, String> retired = new LinkedHashMap<>(remaining);
		if (retired.isEmpty()) {
			return;
		}
		out.append("\n// Outputs the strategic plan no longer has. Their work is kept here, never deleted:\n")
				.append("// move it to another output or remove it by hand.\n");
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
				.append(indent).append("indicator \"\" { unit \"\" }\n").append(indent).append("resources \"\"\n")
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
