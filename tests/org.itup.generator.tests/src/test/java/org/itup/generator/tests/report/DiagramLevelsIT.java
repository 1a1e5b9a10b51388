package org.itup.generator.tests.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/**
 * The ITU example's diagrams as {@code itup generate} writes them, read by position: the plan's order down each
 * column, a column per level of the chain, and an outline and legend entry per level.
 */
class DiagramLevelsIT {

	/** Left to right: what is measured, then what contributes to it. */
	private static final List<String> LEVELS = List.of("target", "goal", "objective", "outcome", "output", "enabler");
	private static final List<String> GOALS = List.of("1", "2", "3", "4", "5");
	private static final List<String> OBJECTIVES = List.of("R.1", "R.2", "R.3", "T.1", "T.2", "T.3", "T.4", "T.5",
			"D.1", "D.2", "D.3", "D.4", "I.1", "I.2", "I.3", "I.4", "I.5", "I.6");

	@TempDir
	static Path output;

	private static Map<String, SvgDocument> diagrams;

	@BeforeAll
	static void generate() throws Exception {
		Path report = GeneratedReport.generate(TestFolders.ituExample(), output);
		diagrams = new LinkedHashMap<>();
		for (String file : GeneratedReport.files(report)) {
			if (file.endsWith(".svg")) {
				diagrams.put(file, SvgDocument.parse(report.resolve(file)));
			}
		}
		assertEquals(11, diagrams.size(), diagrams.keySet().toString());
	}

	@Test
	void goalsAndObjectivesComeDownInPlanOrderInEveryDiagram() {
		diagrams.forEach((file, svg) -> {
			assertEquals(inPlanOrder(GOALS, codesTopDown(svg, "goal")), codesTopDown(svg, "goal"), file);
			assertEquals(inPlanOrder(OBJECTIVES, codesTopDown(svg, "objective")), codesTopDown(svg, "objective"), file);
		});
		assertEquals(GOALS, codesTopDown(diagrams.get("diagrams/overall.svg"), "goal"));
		assertEquals(OBJECTIVES, codesTopDown(diagrams.get("diagrams/overall.svg"), "objective"));
	}

	@Test
	void eachLevelHasAColumnOfItsOwnLeftToRight() {
		diagrams.forEach((file, svg) -> {
			double rightOfPrevious = Double.NEGATIVE_INFINITY;
			String previous = null;
			for (String level : LEVELS) {
				List<SvgDocument.Box> boxes = boxes(svg, level);
				if (boxes.isEmpty()) {
					continue;
				}
				double left = boxes.stream().mapToDouble(SvgDocument.Box::x).min().orElseThrow();
				assertTrue(left > rightOfPrevious, file + ": the " + level + "s start at x=" + left
						+ ", left of the end of the " + previous + "s' column at x=" + rightOfPrevious);
				rightOfPrevious = boxes.stream().mapToDouble(box -> box.x() + box.width()).max().orElseThrow();
				previous = level;
			}
		});
	}

	@Test
	void eachLevelHasAnOutlineOfItsOwnAndALegendEntryWithIt() {
		SvgDocument goal = diagrams.get("diagrams/goal-1.svg");
		Map<String, String> outlines = new LinkedHashMap<>();
		for (String level : LEVELS) {
			Set<String> signatures = new TreeSet<>();
			nodes(goal, level).forEach(node -> signatures.add(SvgDocument.signature(SvgDocument.shapeOf(node))));
			assertEquals(1, signatures.size(), level + "s are drawn in one outline: " + signatures);
			outlines.put(level, signatures.iterator().next());
		}
		assertEquals(LEVELS.size(), new TreeSet<>(outlines.values()).size(), "outlines differ by level: " + outlines);
		diagrams.forEach((file, svg) -> {
			for (String level : LEVELS) {
				Element entry = svg.elements("g").stream().filter(g -> g.getAttribute("class").equals("legend-entry")
						&& g.getAttribute("data-level").equals(level)).findFirst()
						.orElseThrow(() -> new AssertionError(file + ": no legend entry for " + level + "s"));
				assertEquals(outlines.get(level), SvgDocument.signature(SvgDocument.shapeOf(entry)), file + " " + level);
				assertFalse(entry.getTextContent().isBlank(), file + ": the legend names the " + level + "s");
			}
		});
	}

	/** A target's figure ("65% of households") often comes late in its sentence; its box shows every number of it. */
	@Test
	void targetBoxesShowEveryFigureOfTheirStatement() {
		SvgDocument overall = diagrams.get("diagrams/overall.svg");
		List<Element> targets = nodes(overall, "target");
		assertEquals(24, targets.size());
		for (Element target : targets) {
			String full = target.getAttribute("aria-label");
			String shown = texts(target);
			java.util.regex.Matcher figures = java.util.regex.Pattern.compile("\\d+(\\.\\d+)?%?").matcher(full);
			while (figures.find()) {
				assertTrue(shown.contains(figures.group()), target.getAttribute("data-key") + " shows " + shown
						+ " but not " + figures.group() + " of " + full);
			}
		}
	}

	private static String texts(Element node) {
		StringBuilder shown = new StringBuilder();
		org.w3c.dom.NodeList texts = node.getElementsByTagNameNS("http://www.w3.org/2000/svg", "tspan");
		for (int i = 0; i < texts.getLength(); i++) {
			shown.append(texts.item(i).getTextContent()).append(' ');
		}
		return shown.toString();
	}

	/** The codes of one level's nodes from top to bottom. */
	private static List<String> codesTopDown(SvgDocument svg, String level) {
		return boxes(svg, level).stream().sorted(Comparator.comparingDouble(SvgDocument.Box::y))
				.map(box -> box.key().substring(level.length() + 1)).toList();
	}

	private static List<SvgDocument.Box> boxes(SvgDocument svg, String level) {
		return svg.nodeBoxes().stream().filter(box -> box.key().startsWith(level + "-")).toList();
	}

	private static List<Element> nodes(SvgDocument svg, String level) {
		return svg.elements("a").stream().filter(a -> a.getAttribute("data-key").startsWith(level + "-")).toList();
	}

	/** The codes shown, in the order the plan gives them. */
	private static List<String> inPlanOrder(List<String> plan, List<String> shown) {
		List<String> ordered = new ArrayList<>(plan);
		ordered.retainAll(shown);
		return ordered;
	}
}
