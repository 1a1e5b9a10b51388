package org.itup.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.itup.dsl.load.LoadedPlans;
import org.itup.dsl.load.PlanDiagnostic;
import org.itup.dsl.load.PlanDiagnostic.Severity;
import org.itup.dsl.load.PlanLoader;
import org.itup.dsl.validation.IssueCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;

/**
 * Every kind of bad input gives one clear diagnostic with the file and, where there is one, the position; nothing
 * throws.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(ItupInjectorProvider.class)
class PlanLoaderBadInputTest {

	@Inject
	private PlanLoader loader;

	@TempDir
	Path folder;

	@Test
	void aPlanFileLinkedFromInsideItsFolderIsReadOnceByItsOwnPath() throws Exception {
		Path plans = Files.createDirectory(folder.resolve("linked"));
		Path plan = Files.writeString(plans.resolve("plan.itup"), "plan p \"P\"\nperiod 2020 to 2023\n");
		Files.createSymbolicLink(plans.resolve("again.itup"), plan.getFileName());
		Files.createSymbolicLink(plans.resolve("self"), Path.of("."));
		LoadedPlans loaded = loader.load(List.of(plans));
		assertEquals(List.of(plan.toAbsolutePath().normalize()), loaded.files());
		assertEquals(0, loaded.count(Severity.ERROR), loaded.diagnostics().toString());
	}

	@Test
	void syntaxErrorHasLineAndColumn() throws Exception {
		Path file = write("plan.itup", "plan p\ngoal 1 \"Growth\" {\n    target 1.1 \"x\" { by }\n}\n");
		PlanDiagnostic error = onlyError(loader.load(List.of(file)));
		assertEquals(file, error.file());
		assertEquals(3, error.line());
		assertEquals(24, error.column(), error::toString);
		assertEquals(Diagnostic.SYNTAX_DIAGNOSTIC, error.code());
		assertEquals("a year is missing here, for example 2023", error.message());
	}

	/** A period of 2147483647 was valid, and the forecast years of its skeleton overflowed (the fuzz tests check skeletons). */
	@Test
	void yearBeyondFourDigitsIsAnErrorAtTheYear() throws Exception {
		Path file = write("plan.itup", "plan p\nperiod 2024 to 2147483647\n");
		PlanDiagnostic error = onlyError(loader.load(List.of(file)));
		assertEquals(2, error.line());
		assertEquals(16, error.column(), error::toString);
		assertEquals(Diagnostic.SYNTAX_DIAGNOSTIC, error.code());
		assertEquals("'2147483647' is not a year, for example 2023", error.message());
	}

	/** Year 0 would read as no year at all, so the targets' deadlines went unchecked against the period. */
	@Test
	void yearZeroIsAnError() throws Exception {
		Path file = write("plan.itup", "plan p\nperiod 0 to 3\n");
		List<PlanDiagnostic> errors = errors(loader.load(List.of(file)));
		assertEquals(List.of("'0' is not a year, for example 2023", "'3' is not a year, for example 2023"),
				errors.stream().map(PlanDiagnostic::message).toList());
	}

	/** An int overflow once gave Java's own message, "For input string: ...", instead of this one. */
	@Test
	void yearTooLargeForAnIntSaysItIsNotAYear() throws Exception {
		Path file = write("plan.itup", "plan p\nperiod 99999999999 to 2024\n");
		assertEquals("'99999999999' is not a year, for example 2023", onlyError(loader.load(List.of(file))).message());
	}

	@Test
	void unresolvedGoalIsReportedWhereItIsWritten() throws Exception {
		Path file = write("plan.itup", "plan p\nsector S {\n  objective S.1 { primary goal 9 }\n}\n");
		PlanDiagnostic error = onlyError(loader.load(List.of(folder)));
		assertEquals(3, error.line());
		assertEquals(32, error.column());
		assertEquals("There is no goal '9' in plan p; no goal can be named here yet.", error.message());
		assertEquals(file, error.file());
	}

	@Test
	void duplicateCodeAcrossFilesIsReportedInBoth() throws Exception {
		write("a.itup", "plan p\ngoal 1 \"Growth\" { }\n");
		write("b.itup", "plan p\ngoal 1 \"Inclusiveness\" { }\n");
		List<PlanDiagnostic> errors = errors(loader.load(List.of(folder)));
		assertEquals(List.of(IssueCodes.DUPLICATE_CODE, IssueCodes.DUPLICATE_CODE),
				errors.stream().map(PlanDiagnostic::code).toList());
		assertEquals(List.of(2, 2), errors.stream().map(PlanDiagnostic::line).toList());
	}

	@Test
	void emptyFileSaysWhatAPlanFileStartsWith() throws Exception {
		Path file = write("empty.itup", "  \n// nothing yet\n");
		PlanDiagnostic error = onlyError(loader.load(List.of(file)));
		assertEquals(IssueCodes.EMPTY_FILE, error.code());
		assertEquals(1, error.line());
		assertTrue(error.message().contains("plan <name>"), error.message());
	}

	@Test
	void missingPathIsAnError() {
		Path missing = folder.resolve("no-such-plan");
		PlanDiagnostic error = onlyError(loader.load(List.of(missing)));
		assertEquals(IssueCodes.NO_PLAN_FILES, error.code());
		assertEquals(missing, error.file());
		assertEquals("no such file or folder", error.message());
	}

	@Test
	void folderWithoutPlanFilesIsAnError() throws Exception {
		write("notes.txt", "not a plan");
		PlanDiagnostic error = onlyError(loader.load(List.of(folder)));
		assertEquals(IssueCodes.NO_PLAN_FILES, error.code());
		assertEquals("no .itup files in this folder", error.message());
	}

	/** A named file of another extension once got no parser and the loader threw a NullPointerException. */
	@Test
	void namedFileThatIsNotAPlanFileIsAnError() throws Exception {
		Path notes = write("plan.txt", "plan p\n");
		PlanDiagnostic error = onlyError(loader.load(List.of(notes)));
		assertEquals(IssueCodes.NO_PLAN_FILES, error.code());
		assertEquals(notes, error.file());
		assertFalse(error.hasPosition());
		assertEquals("not a plan file: the names of plan files end in .itup", error.message());
	}

	@Test
	void fileThatIsNotUtf8IsReportedAtTheFirstBadByte() throws Exception {
		Path file = folder.resolve("latin1.itup");
		byte[] head = "plan p\ngoal 1 \"Growth\" {\n  statement \"Acc".getBytes(StandardCharsets.UTF_8);
		byte[] tail = "s for all\" }\n".getBytes(StandardCharsets.UTF_8);
		byte[] bytes = new byte[head.length + 2 + tail.length];
		System.arraycopy(head, 0, bytes, 0, head.length);
		bytes[head.length] = (byte) 0xC3;
		bytes[head.length + 1] = (byte) 0x28;
		System.arraycopy(tail, 0, bytes, head.length + 2, tail.length);
		Files.write(file, bytes);
		PlanDiagnostic error = onlyError(loader.load(List.of(file)));
		assertEquals(IssueCodes.NOT_UTF8, error.code());
		assertEquals(3, error.line());
		assertEquals(17, error.column());
	}

	@Test
	void blocksNestedThousandsDeepGiveAnErrorNotACrash() throws Exception {
		int depth = 50_000;
		Path file = write("deep.itup",
				"plan p\n" + "criterion \"c\" {\n".repeat(depth) + "}\n".repeat(depth));
		PlanDiagnostic error = onlyError(loader.load(List.of(file)));
		assertEquals(IssueCodes.TOO_DEEP, error.code());
		assertEquals(file, error.file());
		assertEquals(depth + 1, error.line(), "the deepest block's brace");
		assertEquals(15, error.column());
		assertTrue(error.message().startsWith("blocks are nested 50,000 levels deep here"), error.message());
	}

	@Test
	void bracesInStringsAndCommentsDoNotCountAsNesting() throws Exception {
		int depth = 50_000;
		Path file = write("deep.itup", "plan p \"{{{\" // {{{\n/* {\n{ */ criterion '{' {\n"
				+ "criterion \"c\" {\n".repeat(depth) + "}\n".repeat(depth) + "}\n");
		PlanDiagnostic error = onlyError(loader.load(List.of(file)));
		assertEquals(IssueCodes.TOO_DEEP, error.code());
		assertEquals(depth + 3, error.line());
		assertEquals(15, error.column());
		assertTrue(error.message().startsWith("blocks are nested 50,001 levels deep here"), error.message());
	}

	@Test
	void binaryFileIsReportedAtItsFirstControlCharacter() throws Exception {
		Path file = folder.resolve("image.itup");
		Files.write(file, "plan p\ngoal 1 \"G\" {}\n  x\0\1\n".getBytes(StandardCharsets.UTF_8));
		PlanDiagnostic error = onlyError(loader.load(List.of(file)));
		assertEquals(IssueCodes.NOT_TEXT, error.code());
		assertEquals(3, error.line());
		assertEquals(4, error.column());
		assertTrue(error.message().contains("U+0000") && error.message().contains("binary file"), error.message());
	}

	private Path write(String name, String text) throws Exception {
		return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
	}

	/** The one error; these minimal plans also get warnings (a goal without targets), which are not the point here. */
	private static PlanDiagnostic onlyError(LoadedPlans loaded) {
		List<PlanDiagnostic> errors = errors(loaded);
		assertEquals(1, errors.size(), () -> "diagnostics: " + loaded.diagnostics());
		return errors.get(0);
	}

	private static List<PlanDiagnostic> errors(LoadedPlans loaded) {
		return loaded.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).toList();
	}
}
