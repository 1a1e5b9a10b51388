package org.itup.cli.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code itup generate --formats skeleton} as a process over files a person wrote: whatever sits at a skeleton's place
 * and cannot be proven to be the skeleton itup wrote is never overwritten. The run exits 1 naming the file, and the
 * file keeps every byte.
 */
class SkeletonSafetyIT {

	private static final long TIMEOUT_SECONDS = 120;
	private static final String SKELETON = "out/operational/p/S-2024.itup";
	private static final String WORK = "\t\tresponsible \"Unit A\"\n\t\tactivity \"Draft the report\"\n";

	@TempDir
	Path sandbox;

	@Test
	void theHandWrittenPlanOfTheDocsIsNotReplacedByAnEmptySkeleton() throws Exception {
		Path handWritten = sandbox.resolve("out/operational/itu2020/ITU-R-2021.itup");
		Files.createDirectories(handWritten.getParent());
		Files.writeString(handWritten, exampleOfTheDocs());

		ItupJar.Result run = ItupJar.run(sandbox, sandbox.resolve("logs"), TIMEOUT_SECONDS, "generate",
				root().resolve("examples/itu-2020-2023").toString(), "-o", "out", "--formats", "skeleton", "--sector",
				"ITU-R", "--year", "2021");

		assertRefused(run, handWritten, exampleOfTheDocs());
	}

	@Test
	void aRegionWhoseMarkerLinesWereDeletedKeepsItsText() throws Exception {
		String edited = generatedAndEdited();
		String damaged = edited.replaceAll("(?m)^\t\t// (BEGIN|END) PROTECTED REGION output S.1-1\n", "");
		assertTrue(damaged.contains(WORK) && !damaged.contains("REGION output S.1-1"), damaged);

		assertRefused(regenerateOver(damaged), sandbox.resolve(SKELETON), damaged);
	}

	@Test
	void aRegionWhoseMarkerLinesWereMistypedKeepsItsText() throws Exception {
		String edited = generatedAndEdited();
		String damaged = edited.replace("// BEGIN PROTECTED REGION output S.1-1", "//BEGIN PROTECTED REGION output S.1-1")
				.replace("// END PROTECTED REGION output S.1-1", "//END PROTECTED REGION output S.1-1");
		assertTrue(damaged.contains(WORK), damaged);

		assertRefused(regenerateOver(damaged), sandbox.resolve(SKELETON), damaged);
	}

	@Test
	void aSkeletonThatIsALinkOutOfTheFolderIsNeitherReadNorReplaced() throws Exception {
		String edited = generatedAndEdited();
		Path outside = Files.writeString(sandbox.resolve("elsewhere.itup"), edited);
		Path link = sandbox.resolve(SKELETON);
		Files.delete(link);
		Files.createSymbolicLink(link, outside);

		ItupJar.Result run = generateSkeletons();

		assertEquals(1, run.exitCode(), run::toString);
		assertTrue(run.err().contains("is a link to " + outside.toRealPath()), run::toString);
		assertTrue(Files.isSymbolicLink(link), "the link was replaced");
		assertEquals(edited, Files.readString(outside));
		run.assertNoCrash();
	}

	@Test
	void theSkeletonOfARenamedSectorIsKeptAndNamed() throws Exception {
		String edited = generatedAndEdited();
		writePlan("T");

		ItupJar.Result run = generateSkeletons();

		assertEquals(0, run.exitCode(), run::toString);
		assertEquals(edited, Files.readString(sandbox.resolve(SKELETON)));
		assertTrue(run.err().contains("operational/p/S-2024.itup: the plan has no sector 'S' any more"), run::toString);
		assertTrue(Files.isRegularFile(sandbox.resolve("out/operational/p/T-2024.itup")), run::toString);
		run.assertNoCrash();
	}

	@Test
	void aSkeletonEditedOnlyInsideItsRegionsIsRegenerated() throws Exception {
		String edited = generatedAndEdited();

		ItupJar.Result run = generateSkeletons();

		assertEquals(0, run.exitCode(), run::toString);
		assertEquals(edited, Files.readString(sandbox.resolve(SKELETON)));
	}

	/** Exit 1, the file named with the reason, and the file byte for byte as it was. */
	private static void assertRefused(ItupJar.Result run, Path file, String content) throws IOException {
		assertEquals(1, run.exitCode(), run::toString);
		assertTrue(run.err().contains(file.getFileName().toString()) && run.err().contains("not the skeleton itup"
				+ " wrote"), run::toString);
		assertEquals(content, Files.readString(file));
		run.assertNoCrash();
	}

	/** Generates the skeleton of a one-sector plan and writes work into the region of output S.1-1. */
	private String generatedAndEdited() throws Exception {
		writePlan("S");
		ItupJar.Result first = generateSkeletons();
		assertEquals(0, first.exitCode(), first::toString);
		Path skeleton = sandbox.resolve(SKELETON);
		String generated = Files.readString(skeleton);
		String empty = "\t\t// BEGIN PROTECTED REGION output S.1-1\n";
		int start = generated.indexOf(empty) + empty.length();
		int end = generated.indexOf("\t\t// END PROTECTED REGION output S.1-1");
		String edited = generated.substring(0, start) + WORK + generated.substring(end);
		Files.writeString(skeleton, edited);
		return edited;
	}

	private ItupJar.Result regenerateOver(String content) throws Exception {
		Files.writeString(sandbox.resolve(SKELETON), content);
		return generateSkeletons();
	}

	private ItupJar.Result generateSkeletons() throws Exception {
		return ItupJar.run(sandbox, sandbox.resolve("logs"), TIMEOUT_SECONDS, "generate", "plans", "-o", "out",
				"--formats", "skeleton");
	}

	private void writePlan(String sector) throws IOException {
		Files.createDirectories(sandbox.resolve("plans"));
		Files.writeString(sandbox.resolve("plans/p.itup"), "plan p \"P\"\nperiod 2024 to 2027\ngoal 1 \"One\" {\n"
				+ "    target 1.1 \"More\" { by 2027 qualitative }\n}\nsector " + sector + " \"Sector\" {\n"
				+ "    objective " + sector + ".1 \"First\" {\n        primary goal 1\n        outcome " + sector
				+ ".1-a \"Better\"\n        output " + sector + ".1-1 \"Output one\"\n        output " + sector
				+ ".1-2 \"Output two\"\n    }\n}\n");
	}

	/** The hand-written operational plan shown in docs/operational-plans.md, exactly as the docs give it. */
	private static String exampleOfTheDocs() throws IOException {
		String docs = Files.readString(root().resolve("docs/operational-plans.md"));
		Matcher example = Pattern.compile("```\n(operational plan .*?)```", Pattern.DOTALL).matcher(docs);
		assertTrue(example.find(), "docs/operational-plans.md no longer shows a hand-written operational plan");
		return example.group(1);
	}

	private static Path root() {
		return ItupJar.jar().getParent().getParent().getParent().getParent();
	}
}
