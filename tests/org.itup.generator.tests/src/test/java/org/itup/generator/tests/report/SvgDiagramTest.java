package org.itup.generator.tests.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/** The diagrams of the ITU example: one overall, one per goal, one per sector; valid XML; no overlapping nodes. */
class SvgDiagramTest {

	@TempDir
	static Path output;

	private static Path report;

	@BeforeAll
	static void generate() throws Exception {
		report = GeneratedReport.write(TestFolders.ituExample(), output);
	}

	@Test
	void writesOneDiagramOverallPerGoalAndPerSector() throws Exception {
		List<String> expected = new ArrayList<>(List.of("diagrams/goal-1.svg", "diagrams/goal-2.svg",
				"diagrams/goal-3.svg", "diagrams/goal-4.svg", "diagrams/goal-5.svg", "diagrams/overall.svg",
				"diagrams/sector-GS.svg", "diagrams/sector-I.svg", "diagrams/sector-ITU-D.svg",
				"diagrams/sector-ITU-R.svg", "diagrams/sector-ITU-T.svg", "index.html"));
		assertEquals(expected, GeneratedReport.files(report));
	}

	@Test
	void everyDiagramParsesAndNoTwoNodesOverlap() throws Exception {
		for (String file : GeneratedReport.files(report)) {
			if (!file.endsWith(".svg")) {
				continue;
			}
			List<SvgDocument.Box> boxes = SvgDocument.parse(report.resolve(file)).nodeBoxes();
			assertFalse(boxes.isEmpty(), file + " has no nodes");
			for (int i = 0; i < boxes.size(); i++) {
				for (int j = i + 1; j < boxes.size(); j++) {
					SvgDocument.Box a = boxes.get(i);
					SvgDocument.Box b = boxes.get(j);
					assertFalse(a.overlaps(b), file + ": " + a + " overlaps " + b);
				}
			}
		}
	}

	@Test
	void theOverallDiagramHoldsGoalsTargetsObjectivesAndEnablers() throws Exception {
		SvgDocument overall = SvgDocument.parse(report.resolve("diagrams/overall.svg"));
		assertEquals(5 + 24 + 18 + 31, overall.nodeBoxes().size());
		List<Element> links = overall.elements("path").stream().filter(path -> path.getAttribute("class").startsWith("link"))
				.toList();
		assertEquals(25, count(links, "link primary"));
		assertEquals(58, count(links, "link secondary"));
		assertTrue(links.stream().filter(link -> link.getAttribute("class").equals("link primary"))
				.allMatch(link -> link.getAttribute("stroke-dasharray").isEmpty()), "primary links are solid");
		assertTrue(links.stream().filter(link -> link.getAttribute("class").equals("link secondary"))
				.allMatch(link -> !link.getAttribute("stroke-dasharray").isEmpty()), "secondary links are dashed");
	}

	@Test
	void sectorDiagramsHoldOutcomesAndOutputs() throws Exception {
		List<String> keys = SvgDocument.parse(report.resolve("diagrams/sector-ITU-R.svg")).nodeBoxes().stream()
				.map(SvgDocument.Box::key).toList();
		assertTrue(keys.containsAll(List.of("objective-R.1", "outcome-R.1-a", "output-R.1-1", "enabler-BR-1", "goal-5")),
				keys.toString());
		assertFalse(keys.contains("objective-T.1"), keys.toString());
	}

	@Test
	void nodesLinkToTheirSectionOfTheReport() throws Exception {
		SvgDocument goal = SvgDocument.parse(report.resolve("diagrams/goal-3.svg"));
		List<String> hrefs = goal.elements("a").stream().map(node -> node.getAttribute("href")).toList();
		assertTrue(hrefs.contains("../index.html#goal-3"), hrefs.toString());
		assertTrue(hrefs.stream().allMatch(href -> href.startsWith("../index.html#")), hrefs.toString());
		assertEquals(1, goal.elements("title").stream().filter(t -> t.getTextContent().equals("Results chain of goal 3"))
				.count());
	}

	private static long count(List<Element> links, String cssClass) {
		return links.stream().filter(link -> link.getAttribute("class").equals(cssClass)).count();
	}
}
