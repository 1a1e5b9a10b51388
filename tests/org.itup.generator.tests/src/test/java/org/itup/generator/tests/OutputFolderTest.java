package org.itup.generator.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.itup.generator.FileNames;
import org.itup.generator.OutputFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whatever names a plan holds, generated files land inside the output folder, whole. */
class OutputFolderTest {

	private static final List<String> HOSTILE_NAMES = List.of("../../etc/passwd", "/etc/passwd", "..", ".", "",
			"a/../../b", "C:\\Windows\\x", ".hidden", "name\u0000with-nul", "ITU-R/../../x", "\u202Eevil", "عربي",
			"a".repeat(300), "con:stream", "~root", "$HOME", "*", "line\nbreak");

	@TempDir
	Path temp;

	@Test
	void hostileNamesBecomeOneSafeSegmentInsideTheFolder() throws IOException {
		for (String name : HOSTILE_NAMES) {
			// a run of its own for each name: several hostile names make one segment, which one run refuses
			OutputFolder folder = new OutputFolder(temp.resolve("out"));
			String segment = FileNames.segment(name);
			assertTrue(segment.matches("[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}"), () -> name + " -> " + segment);
			Path written = folder.write("operational/" + segment + "/" + segment + "-2021.itup", "x");
			assertTrue(written.startsWith(folder.root()), () -> name + " -> " + written);
		}
		assertEquals(List.of(), filesOutside(temp.resolve("out").toRealPath()));
	}

	@Test
	void namesThatLeaveTheFolderAreRefused() throws IOException {
		OutputFolder folder = new OutputFolder(temp.resolve("out"));
		for (String name : List.of("../x", "/tmp/x", "a/../../x", "", "a/..")) {
			assertThrows(IOException.class, () -> folder.write(name, "x"), name);
		}
		Files.createSymbolicLink(temp.resolve("out/link"), temp);
		assertThrows(IOException.class, () -> folder.write("link/escaped.txt", "x"));
		assertFalse(Files.exists(temp.resolve("escaped.txt")));
	}

	@Test
	void writesLeaveNoTemporaryFilesAndListWhatWasWritten() throws IOException {
		OutputFolder folder = new OutputFolder(temp.resolve("out"));
		folder.write("a/b.txt", "one");
		folder.write("c.txt", "three");

		assertEquals(List.of(folder.root().resolve("a/b.txt"), folder.root().resolve("c.txt")), folder.written());
		assertEquals("one", Files.readString(folder.root().resolve("a/b.txt")));
		try (Stream<Path> files = Files.walk(folder.root())) {
			assertEquals(2, files.filter(Files::isRegularFile).count());
		}
	}

	@Test
	void leftoversOfAKilledRunAreRemovedAndNothingElse() throws IOException {
		OutputFolder folder = new OutputFolder(temp.resolve("out"));
		String uuid = "0f8fad5b-d9cb-469f-a165-70867728950e";
		Path leftover = Files.writeString(folder.root().resolve("." + "index.html." + uuid + OutputFolder.PARTIAL), "<p");
		Files.createDirectories(folder.root().resolve("csv"));
		Path nested = Files.writeString(folder.root().resolve("csv/.goals.csv." + uuid + OutputFolder.PARTIAL), "a,");
		List<Path> kept = List.of(Files.writeString(folder.root().resolve(".notes" + OutputFolder.PARTIAL), "mine"),
				Files.writeString(folder.root().resolve("csv/goals.csv." + uuid + OutputFolder.PARTIAL), "mine"),
				Files.writeString(folder.root().resolve("csv/.goals.csv." + uuid + ".tmp"), "mine"));

		folder.write("csv/goals.csv", "code\n");

		assertEquals(2, folder.removeLeftovers());
		assertFalse(Files.exists(leftover));
		assertFalse(Files.exists(nested));
		kept.forEach(file -> assertTrue(Files.exists(file), file::toString));
	}

	@Test
	void namesDifferingOnlyInCaseAreRefusedSoNoSystemMergesThem() throws IOException {
		OutputFolder folder = new OutputFolder(temp.resolve("out"));
		folder.write("diagrams/sector-S1.svg", "upper");

		IOException refused = assertThrows(IOException.class, () -> folder.write("diagrams/sector-s1.svg", "lower"));

		assertEquals("'diagrams/sector-s1.svg' and 'diagrams/sector-S1.svg' differ only in upper and lower case, which"
				+ " Windows and macOS take for one file: give the elements codes that differ by more than case",
				refused.getMessage());
		assertEquals("upper", Files.readString(folder.root().resolve("diagrams/sector-S1.svg")));
	}

	@Test
	void aSecondWriteToOneNameIsRefusedSoNoOutputReplacesAnother() throws IOException {
		OutputFolder folder = new OutputFolder(temp.resolve("out"));
		folder.write("json/p.json", "first plan");

		IOException refused = assertThrows(IOException.class, () -> folder.write("json/p.json", "second plan"));

		assertTrue(refused.getMessage().startsWith("two outputs of this run would both be written to 'json/p.json'"),
				refused::getMessage);
		assertEquals("first plan", Files.readString(folder.root().resolve("json/p.json")));
	}

	@Test
	void aStagedFolderReplacesNothingUntilCommittedAndNothingWhenDiscarded() throws IOException {
		Path report = Files.writeString(Files.createDirectories(temp.resolve("out")).resolve("index.html"), "old");
		OutputFolder failed = OutputFolder.staged(temp.resolve("out"));
		failed.write("index.html", "half a run");
		assertEquals("old", Files.readString(report));
		failed.discard();
		assertEquals(List.of(report), filesIn(temp.resolve("out")));

		OutputFolder done = OutputFolder.staged(temp.resolve("out"));
		done.write("index.html", "new");
		done.commit();
		assertEquals("new", Files.readString(report));
		assertEquals(List.of(report), filesIn(temp.resolve("out")));
	}

	private static List<Path> filesIn(Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(Files::isRegularFile).toList();
		}
	}

	private List<Path> filesOutside(Path root) throws IOException {
		try (Stream<Path> files = Files.walk(temp)) {
			return files.filter(Files::isRegularFile).filter(file -> !file.startsWith(root)).toList();
		}
	}

	@Test
	void writtenFilesAreReadableByOthersLikeAnyNewFile() throws IOException {
		OutputFolder output = new OutputFolder(temp.resolve("out"));
		Path written = output.write("report/index.html", "<p>report</p>");
		Path ordinary = Files.writeString(temp.resolve("ordinary.html"), "<p>ordinary</p>");
		assertEquals(Files.getPosixFilePermissions(ordinary), Files.getPosixFilePermissions(written));
	}
}
