package org.itup.dsl.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.itup.test.support.RepositoryRoot;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The hover of a target or indicator in a real language-server session, on its declaration and on a reference to its
 * code in a monitoring file: its latest measured value with period and unit, and its status as of the latest period
 * the workspace's monitoring files measure. The server does not read CSV data files, so values only in
 * {@code data.csv} are missing there, and the hover says so.
 */
class PlanStatusHoverLspTest {

	private static PlanServerSession session;

	@BeforeAll
	static void start() throws Exception {
		session = PlanServerSession.on(RepositoryRoot.fixture("monitored"),
				null);
	}

	@AfterAll
	static void stop() throws Exception {
		session.close();
	}

	/** As of 2021 (the last period of monitoring.itup): 57 % against 59.16 % on the path to 70 % by 2023. */
	@Test
	void aTargetsDeclarationShowsItsLatestValueAndStatus() throws Exception {
		List<String> lines = monitoringLines(hover("plan.itup", "target 1.1", 8));
		assertEquals("- Latest measured: 57 % in 2021 (values in the data files data.csv are not read by the editor: "
				+ "the exports and the progress report include them)", lines.get(0));
		assertTrue(lines.get(1).startsWith("- Status as of 2021: at risk (57 % in 2021, needs 59.16 % to be on course "
				+ "for 70 % by 2023"), lines::toString);
	}

	/** The 2021 milestone of 55 % is passed with 57 %. */
	@Test
	void aReferenceToAnIndicatorsCodeShowsTheIndicatorsValueAndStatus() throws Exception {
		String hover = hover("monitoring.itup", "measured IU-1 in 2021", 10);
		assertTrue(hover.startsWith("**IU-1**"), hover);
		List<String> lines = monitoringLines(hover);
		assertTrue(lines.get(0).startsWith("- Latest measured: 57 % in 2021"), lines::toString);
		assertEquals("- Status as of 2021: on track (57 % in 2021, needs 55 % to be on course for the 2021 milestone of 55 %"
				+ " (138.7 % of the required compound annual growth since 50 % in 2019))", lines.get(1));
	}

	@Test
	void anIndicatorMeasuredOnlyInTheDataFileHasNoValueInTheEditor() throws Exception {
		List<String> lines = monitoringLines(hover("plan.itup", "indicator MS-1", 11));
		assertTrue(lines.get(0).startsWith("- Latest measured: no value in the workspace's monitoring files (values in"
				+ " the data files data.csv are not read by the editor"), lines::toString);
		assertEquals("- Status as of 2021: no data (no measurement up to 2021)", lines.get(1));
	}

	@Test
	void elementsThatAreNotMeasuredKeepTheirHover() throws Exception {
		String hover = hover("plan.itup", "objective S.1", 10);
		assertTrue(hover.startsWith("**Objective S.1 - Policy**"), hover);
		assertEquals(List.of(), monitoringLines(hover));
	}

	private static List<String> monitoringLines(String hover) {
		return hover.lines().filter(line -> line.startsWith("- Latest measured") || line.startsWith("- Status as of"))
				.toList();
	}

	private static String hover(String file, String marker, int shift) throws Exception {
		Hover hover = session.server.getTextDocumentService().hover(new HoverParams(session.document(file),
				session.positionOf(file, marker, shift))).get(PlanServerSession.TIMEOUT_SECONDS, TimeUnit.SECONDS);
		return hover.getContents().getRight().getValue();
	}
}
