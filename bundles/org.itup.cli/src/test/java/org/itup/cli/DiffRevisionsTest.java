package org.itup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.itup.test.support.RepositoryRoot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Two revisions of the ITU 2020-2023 example in a git repository built here with JGit: the second renumbers target
 * 1.7, moves objective T.4 from ITU-T to ITU-D, turns R.1's link to goal 5 from secondary to primary, retires output
 * R.1-5 and reformats the General Secretariat's file. {@code itup diff --old-rev --new-rev} must report exactly
 * those changes, and nothing for the reformatting.
 */
class DiffRevisionsTest {

	@TempDir
	static Path repository;

	static Path plan;
	static String before;
	static String after;

	@BeforeAll
	static void twoRevisions() throws Exception {
		plan = repository.resolve("plans/itu");
		copy(RepositoryRoot.itu2020Example(), plan);
		try (Git git = Git.init().setDirectory(repository.toFile()).setInitialBranch("main").call()) {
			before = commit(git, "as adopted");
			replace("plan.itup", "target 1.7 \"By 2023, 40% of the population", "target 1.8 \"By 2023, 40% of the population");
			moveObjectiveT4();
			replace("itu-r.itup", "        primary goals 1, 2, 3, 4\n        secondary goal 5\n",
					"        primary goals 1, 2, 3, 4, 5\n");
			replace("itu-r.itup", "        output R.1-5 \"Publication of terrestrial notices and other related activities\"\n", "");
			reformat("general-secretariat.itup");
			after = commit(git, "revised");
		}
	}

	@Test
	void reportsExactlyTheRevisedChanges() {
		CliRun run = CliRun.of("diff", plan.toString(), "--old-rev", before, "--new-rev", after, "--format", "json");

		assertEquals(0, run.exitCode(), run::toString);
		JsonObject diff = JsonParser.parseString(run.out()).getAsJsonObject();
		List<String> changes = new ArrayList<>();
		for (JsonElement element : diff.getAsJsonArray("changes")) {
			JsonObject change = element.getAsJsonObject();
			StringBuilder line = new StringBuilder(change.get("kind").getAsString() + " "
					+ change.get("type").getAsString() + " " + code(change));
			change.getAsJsonArray("fields").forEach(field -> line.append(" | ")
					.append(field.getAsJsonObject().get("field").getAsString()).append(": ")
					.append(field.getAsJsonObject().get("old").getAsString()).append(" -> ")
					.append(field.getAsJsonObject().get("new").getAsString()));
			changes.add(line.toString());
		}
		assertEquals(List.of("target changed 1.8 | code: 1.7 -> 1.8", "objective changed T.4 | sector: ITU-T -> ITU-D",
				"output removed R.1-5"), changes, run::toString);
		assertEquals("[{\"objective\":\"R.1\",\"goal\":\"5\",\"old\":\"secondary\",\"new\":\"primary\"}]",
				diff.getAsJsonArray("linkage").toString());
	}

	@Test
	void theRenumberedTargetIsMatchedByItsText() {
		CliRun run = CliRun.of("diff", plan.toString(), "--old-rev", before, "--new-rev", after);

		assertEquals(0, run.exitCode(), run::toString);
		assertTrue(run.out().contains("  renumbered 1.8 \"By 2023, 40% of the population should be interacting with"
				+ " government services online\" [similar text 1.00]\n      code: 1.7 -> 1.8\n"), run::toString);
		assertTrue(run.out().contains("  R.1 x goal 5: secondary -> primary\n"), run::toString);
	}

	@Test
	void theWorkTreeAgainstItsOwnLastCommitIsUnchanged() {
		CliRun run = CliRun.of("diff", plan.toString(), "--old-rev", after);

		assertEquals(0, run.exitCode(), run::toString);
		assertTrue(run.out().endsWith("\nNo changes.\n"), run::toString);
	}

	@Test
	void anUnknownRevisionIsAnErrorNamingIt() {
		CliRun run = CliRun.of("diff", plan.toString(), "--old-rev", "no-such-tag");

		assertEquals(1, run.exitCode(), run::toString);
		assertTrue(run.err().contains("unknown revision 'no-such-tag'"), run::toString);
		run.assertNoStackTrace();
	}

	private static String code(JsonObject change) {
		String side = change.getAsJsonArray("new").isEmpty() ? "old" : "new";
		return change.getAsJsonArray(side).get(0).getAsJsonObject().get("code").getAsString();
	}

	private static void moveObjectiveT4() throws IOException {
		String itut = Files.readString(plan.resolve("itu-t.itup"));
		int start = itut.indexOf("    // Table 3 writes the title \"Knowledge sharing\"\n    objective T.4");
		int end = itut.indexOf("    objective T.5");
		String objective = itut.substring(start, end);
		Files.writeString(plan.resolve("itu-t.itup"), itut.substring(0, start) + itut.substring(end));
		replace("itu-d.itup", "    objective D.4 \"", objective + "    objective D.4 \"");
	}

	/** Tabs for spaces, lines rejoined differently, a comment added: the same model in other text. */
	private static void reformat(String file) throws IOException {
		String text = Files.readString(plan.resolve(file));
		String reformatted = "// reformatted: tabs, and a comment\n" + text.replace("    ", "\t").replace(" {\n", "\n{\n");
		assertTrue(!reformatted.equals(text));
		Files.writeString(plan.resolve(file), reformatted);
	}

	private static void replace(String file, String what, String by) throws IOException {
		String text = Files.readString(plan.resolve(file));
		assertTrue(text.contains(what), () -> file + " lacks " + what);
		Files.writeString(plan.resolve(file), text.replace(what, by));
	}

	private static String commit(Git git, String message) throws Exception {
		git.add().addFilepattern(".").call();
		git.add().addFilepattern(".").setUpdate(true).call();
		RevCommit commit = git.commit().setMessage(message).setAuthor("test", "test@example.org")
				.setCommitter("test", "test@example.org").setSign(false).call();
		return commit.getName();
	}

	private static void copy(Path from, Path to) throws IOException {
		try (Stream<Path> files = Files.walk(from)) {
			for (Path file : files.toList()) {
				Path target = to.resolve(from.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				} else {
					Files.copy(file, target);
				}
			}
		}
	}
}
