package org.itup.generator.skeleton;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.itup.model.Objective;
import org.itup.model.Output;
import org.itup.model.Sector;

/**
 * What a skeleton shows of the strategic plan outside its protected regions: the plan, sector and year of its header,
 * and the sector's objectives and outputs with their texts, and the plan's currency for the resources placeholders (not
 * read back: only fresh regions show it). Made from the strategic plan to write a skeleton, and
 * read back from an existing skeleton to prove that itup wrote it: the file must render again, byte for byte, from
 * its own outline and regions.
 */
record SkeletonOutline(String planName, String sectorName, int year, String currency, List<Element> objectives) {

	/** An objective with its outputs, or an output (no outputs of its own); the text may be missing. */
	record Element(String code, String text, List<Element> outputs) {
	}

	private static final Pattern OBJECTIVE = Pattern.compile("objective (\\S+) \\{");
	private static final Pattern OUTPUT = Pattern.compile("\toutput (\\S+) \\{");

	static SkeletonOutline of(String planName, String currency, Sector sector, int year) {
		List<Element> objectives = new ArrayList<>();
		for (Objective objective : sector.getObjectives()) {
			List<Element> outputs = new ArrayList<>();
			for (Output output : objective.getOutputs()) {
				outputs.add(new Element(output.getName(), output.getStatement(), List.of()));
			}
			objectives.add(new Element(objective.getName(), objective.getTitle(), outputs));
		}
		return new SkeletonOutline(planName, sector.getName(), year, currency == null ? "" : currency, objectives);
	}

	/**
	 * The objectives and outputs named in a skeleton's text outside its regions, under the given header. Lines it does
	 * not know are passed over: rendering the outline again and comparing shows them.
	 */
	static SkeletonOutline read(String outsideRegions, String planName, String sectorName, int year) {
		List<Element> objectives = new ArrayList<>();
		String[] lines = outsideRegions.split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			Matcher objective = OBJECTIVE.matcher(lines[i]);
			Matcher output = OUTPUT.matcher(lines[i]);
			if (objective.matches()) {
				String code = objective.group(1);
				objectives.add(new Element(code, commentAfter(lines, i, "\t", code), new ArrayList<>()));
			} else if (output.matches() && !objectives.isEmpty()) {
				String code = output.group(1);
				objectives.get(objectives.size() - 1).outputs()
						.add(new Element(code, commentAfter(lines, i, "\t\t", code), List.of()));
			}
		}
		return new SkeletonOutline(planName, sectorName, year, "", objectives);
	}

	/** The text of the comment line {@link SkeletonText} writes after an element's opening line, if there is one. */
	private static String commentAfter(String[] lines, int line, String indent, String code) {
		String prefix = indent + "// " + code + ": ";
		return line + 1 < lines.length && lines[line + 1].startsWith(prefix) ? lines[line + 1].substring(prefix.length())
				: null;
	}
}
