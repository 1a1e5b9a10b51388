package org.itup.dsl.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.itup.dsl.validation.IssueCodes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every quick fix docs/validation.md promises, the way an editor reaches it: the finding the server published is
 * sent back in {@code textDocument/codeAction}, the action with the fix's title is applied to the editor's text,
 * the change is sent, and the finding is gone. Each case is a plan file of its own in one workspace.
 */
class PlanQuickFixLspTest {

	record Case(String file, String text, String code, String title) {
		@Override
		public String toString() {
			return code.substring(code.lastIndexOf('.') + 1) + ": " + title;
		}
	}

	private static final String GOAL = """
			plan NAME period 2020 to 2023
			goal 1 "Growth" {
			    target 1.1 "Online" {
			        by 2023
			        level 65 "%"
			    }
			@@}
			""";

	private static final String SECTOR = """
			plan NAME
			goal 1 "Growth" { target 1.1 { by 2023 qualitative } }
			goal 2 "Inclusiveness" { target 2.1 { by 2023 qualitative } }
			sector A {
			    objective A.1 "Access" {
			        statement "Widen access"
			@@    }
			    enabler A-1 { supports all }
			}
			""";

	private static final String CODES = "    sdg 9.x (9.c.7)\n    wsis C12\n";

	private static final String RESULTS = "        primary goals 1, 2\n        outcome A.1-a \"x\"\n        output A.1-1 \"y\"\n";

	/** The fix of a plan whose lettered target scheme is declared in another of its files. */
	private static final String LETTERED = "Renumber to '1.B'";

	private static final String OFFICIAL = """
			plan official period 2020 to 2023
			codes { target official }
			goal 2 "Inclusiveness" { target 2.5.B "Accessibility" { by 2023 qualitative } }
			""";

	private static PlanServerSession session;

	static List<Case> promisedFixes() {
		List<Case> cases = new ArrayList<>();
		goal(cases, IssueCodes.TARGET_NUMBERING, "Renumber to '1.2'", "    target 1.3 \"Cheaper\" { by 2023 qualitative }\n");
		add(cases, IssueCodes.TARGET_NUMBERING, LETTERED, GOAL.replace("target 1.1 ", "target 1.A ")
				.replace("@@", "    target 1.C \"Cheaper\" { by 2023 qualitative }\n"));
		add(cases, IssueCodes.OBJECTIVE_NUMBERING, "Renumber to 'A.1'", SECTOR.replace("@@", RESULTS)
				.replace("plan NAME\n", "plan NAME\ncodes { objective \"{sector}.{n}\" }\n").replace("A.1", "A.3"));
		add(cases, IssueCodes.ENABLER_NUMBERING, "Renumber to 'A-1'", SECTOR.replace("@@", RESULTS)
				.replace("plan NAME\n", "plan NAME\ncodes { enabler \"{sector}-{n}\" }\n").replace("A-1", "A-2"));
		sector(cases, IssueCodes.OUTCOME_NUMBERING, "Renumber to 'A.1-a'", RESULTS.replace("A.1-a", "A.1-b"));
		sector(cases, IssueCodes.OUTPUT_NUMBERING, "Renumber to 'A.1-1'", RESULTS.replace("A.1-1", "A.1-4"));
		sector(cases, IssueCodes.MISSING_PRIMARY_GOAL, "Link goal 2 as primary",
				RESULTS.replace("primary goals 1, 2", "secondary goal 1"));
		sector(cases, IssueCodes.DUPLICATE_GOAL_LINK, "Remove the repeated goal '2'",
				RESULTS + "        secondary goal 2\n");
		add(cases, IssueCodes.GOAL_WITHOUT_TARGET, "Add target 3.1",
				"plan NAME period 2020 to 2023\ngoal 3 \"Sustainability\" {\n    statement \"Manage risks\"\n}\n");
		add(cases, IssueCodes.DEADLINE_OUTSIDE_PERIOD, "Set the deadline to 2023",
				GOAL.replace("@@", "").replace("by 2023", "by 2025"));
		add(cases, IssueCodes.DEADLINE_OUTSIDE_PERIOD, "Give the target its own horizon 2025",
				GOAL.replace("@@", "").replace("by 2023", "by 2025"));
		goal(cases, IssueCodes.TARGET_NOT_MEASURABLE, "Mark the target qualitative",
				"    target 1.2 \"Partnerships\" { by 2023 }\n");
		goal(cases, IssueCodes.MISSING_BASELINE, "Add 'baseline 2019 measured' (correct the year)",
				"    target 1.2 \"Cheaper\" {\n        by 2023\n        decrease 25 \"%\"\n    }\n");
		sector(cases, IssueCodes.MISSING_OUTCOME, "Add outcome A.1-a", "        primary goals 1, 2\n");
		sector(cases, IssueCodes.MISSING_OUTPUT, "Add output A.1-1", "        primary goals 1, 2\n        outcome A.1-a \"x\"\n");
		sector(cases, IssueCodes.OUTCOME_WITHOUT_INDICATOR, "Add an indicator",
				RESULTS.replace("\"x\"\n", "\"x\" { indicator \"Users\" }\n        outcome A.1-b \"w\"\n"));
		add(cases, IssueCodes.ENABLER_WITHOUT_SUPPORT, "Support all objectives", SECTOR.replace("@@", RESULTS)
				.replace("enabler A-1 { supports all }", "enabler A-1 {\n        activity \"Meetings\"\n    }"));
		add(cases, IssueCodes.RISK_WITHOUT_MITIGATION, "Add a mitigation by limitation",
				"plan NAME\nrisk 1 \"Funding\" {\n    aspect \"Budget cuts\"\n}\n");
		add(cases, IssueCodes.MITIGATION_WITHOUT_TREATMENT, "Treat the risk by transfer",
				"plan NAME\nrisk 1 \"Funding\" {\n    mitigation \"Plan finances\"\n}\n");
		goal(cases, IssueCodes.UNKNOWN_SDG_TARGET, "Change to '9.c'", CODES);
		goal(cases, IssueCodes.UNKNOWN_SDG_INDICATOR, "Change to '9.c.1'", CODES);
		goal(cases, IssueCodes.UNKNOWN_WSIS_ACTION_LINE, "Change to 'C1'", CODES);
		goal(cases, IssueCodes.SDG_CODE_CASE, "Write the official code '9.c'", "    sdg 9.C (9.c.1)\n");
		add(cases, IssueCodes.MISSING_TRANSLATION, "Add placeholders for ar, ru",
				"plan NAME\nterm \"Vision\" {\n    zh \"愿景\"\n    en \"Vision\"\n    fr \"Vision\"\n    es \"Visión\"\n}\n");
		add(cases, IssueCodes.UNUSED_IMPORT, "Remove the import",
				"plan NAME\nimport library\nsector B { enabler B-1 { supports all } }\n");
		add(cases, IssueCodes.CYCLIC_IMPORT, "Remove the import",
				"plan NAME\nimport cycleback\nsector A { enabler A-1 { supports B.1 } }\n");
		return cases;
	}

	private static void goal(List<Case> cases, String code, String title, String inGoal) {
		add(cases, code, title, GOAL.replace("@@", inGoal));
	}

	private static void sector(List<Case> cases, String code, String title, String inObjective) {
		add(cases, code, title, SECTOR.replace("@@", inObjective));
	}

	private static void add(List<Case> cases, String code, String title, String text) {
		String name = "fix" + (cases.size() + 1);
		cases.add(new Case(name + ".itup", text.replace("NAME", name), code, title));
	}

	@BeforeAll
	static void start(@org.junit.jupiter.api.io.TempDir Path folder) throws Exception {
		for (Case fix : promisedFixes()) {
			Files.writeString(folder.resolve(fix.file()), fix.text());
		}
		Files.writeString(folder.resolve("library.itup"), "plan library\ngoal 1 { target 1.1 { qualitative } }\n");
		String cyclic = promisedFixes().get(promisedFixes().size() - 1).file().replace(".itup", "");
		Files.writeString(folder.resolve("cycleback.itup"), "plan cycleback\nimport " + cyclic + "\n"
				+ "sector B { objective B.1 { primary goal 1 outcome B.1-a output B.1-1 } enabler B-1 { supports A.1 } }\n"
				+ "goal 1 { target 1.1 { qualitative } }\n");
		String lettered = promisedFixes().stream().filter(fix -> fix.title().equals(LETTERED)).findFirst()
				.orElseThrow().file().replace(".itup", "");
		Files.writeString(folder.resolve(lettered + "-codes.itup"),
				"plan " + lettered + "\ncodes { target \"{goal}.{A}\" }\n");
		Files.writeString(folder.resolve("official.itup"), OFFICIAL);
		session = PlanServerSession.on(folder, null);
	}

	/**
	 * A code the plan marks official is never renumbered: no finding is published for it, and even a numbering
	 * finding an editor hands back (from an older version of the file) gets no renumbering action.
	 */
	@Test
	void anOfficialCodeGetsNoRenumberingAction() throws Exception {
		assertTrue(session.diagnosticsOf("official.itup").stream()
				.noneMatch(d -> d.getCode() != null && IssueCodes.TARGET_NUMBERING.equals(d.getCode().getLeft())),
				session.diagnosticsOf("official.itup").toString());
		Position start = session.positionOf("official.itup", "2.5.B", 0);
		Diagnostic stale = new Diagnostic(new Range(start, new Position(start.getLine(), start.getCharacter() + 5)),
				"The target code '2.5.B' does not follow the numbering of its goal");
		stale.setCode(IssueCodes.TARGET_NUMBERING);
		List<Either<Command, CodeAction>> actions = session.server.getTextDocumentService()
				.codeAction(new CodeActionParams(session.document("official.itup"), stale.getRange(),
						new CodeActionContext(List.of(stale))))
				.get(PlanServerSession.TIMEOUT_SECONDS, TimeUnit.SECONDS);
		assertEquals(List.of(), actions.stream().map(a -> a.isRight() ? a.getRight().getTitle() : a.getLeft().getTitle())
				.filter(title -> title.startsWith("Renumber")).toList());
	}

	@AfterAll
	static void stop() throws Exception {
		session.close();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("promisedFixes")
	void theFixReachesTheEditorAndRemovesTheFinding(Case fix) throws Exception {
		Diagnostic finding = session.diagnosticsOf(fix.file()).stream()
				.filter(d -> d.getCode() != null && fix.code().equals(d.getCode().getLeft())).findFirst()
				.orElseThrow(() -> new AssertionError("no " + fix.code() + " in " + session.diagnosticsOf(fix.file())));
		session.open(fix.file());
		List<Either<Command, CodeAction>> actions = session.server.getTextDocumentService()
				.codeAction(new CodeActionParams(session.document(fix.file()), finding.getRange(),
						new CodeActionContext(List.of(finding))))
				.get(PlanServerSession.TIMEOUT_SECONDS, TimeUnit.SECONDS);
		CodeAction action = actions.stream().filter(Either::isRight).map(Either::getRight)
				.filter(a -> a.getTitle().equals(fix.title())).findFirst().orElseThrow(() -> new AssertionError(
						"no action '" + fix.title() + "' among " + actions.stream().map(a -> a.isRight()
								? a.getRight().getTitle() : a.getLeft().getTitle()).toList()));

		String fixed = applied(fix.text(), action.getEdit().getChanges().get(session.uri(fix.file())));
		assertNotEquals(fix.text(), fixed);
		session.server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
				new VersionedTextDocumentIdentifier(session.uri(fix.file()), 2),
				List.of(new TextDocumentContentChangeEvent(fixed))));
		session.await(() -> session.diagnosticsOf(fix.file()).stream()
				.noneMatch(d -> d.getCode() != null && fix.code().equals(d.getCode().getLeft())),
				fix.code() + " gone after '" + fix.title() + "' in\n" + fixed + "\nstill: "
						+ session.diagnosticsOf(fix.file()) + "\nerrors logged: " + session.errorsLogged);
	}

	/** The text with the edits applied, the last first so earlier offsets stay valid. */
	static String applied(String text, List<TextEdit> edits) {
		StringBuilder result = new StringBuilder(text);
		edits.stream().sorted(Comparator.comparing((TextEdit e) -> offset(text, e.getRange().getStart())).reversed())
				.forEach(e -> result.replace(offset(text, e.getRange().getStart()), offset(text, e.getRange().getEnd()),
						e.getNewText()));
		return result.toString();
	}

	private static int offset(String text, Position position) {
		int offset = 0;
		for (int line = 0; line < position.getLine(); line++) {
			offset = text.indexOf('\n', offset) + 1;
		}
		return offset + position.getCharacter();
	}
}
