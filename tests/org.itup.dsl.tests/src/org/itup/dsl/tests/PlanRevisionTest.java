package org.itup.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.itup.dsl.ide.revision.PlanRevision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plan files read as they were at a git revision, from a repository built by the test with JGit. */
class PlanRevisionTest {

	@TempDir
	Path repository;

	@Test
	void writesOutThePlanFilesOfTheFolderAsTheyWereAndDeletesThemOnClose() throws Exception {
		Path folder = repository.resolve("plans/itu");
		Files.createDirectories(folder);
		Files.writeString(folder.resolve("plan.itup"), "plan p \"Adopted\"\n");
		Files.writeString(folder.resolve("notes.txt"), "not a plan file\n");
		Files.writeString(repository.resolve("other.itup"), "plan q \"Elsewhere\"\n");
		String adopted;
		try (Git git = Git.init().setDirectory(repository.toFile()).setInitialBranch("main").call()) {
			adopted = commit(git, "adopted").name();
			Files.writeString(folder.resolve("plan.itup"), "plan p \"Revised\"\n");
			commit(git, "revised");
		}

		Path copy;
		try (PlanRevision revision = PlanRevision.of(folder, adopted.substring(0, 10))) {
			copy = revision.folder();
			assertEquals("plan p \"Adopted\"\n", Files.readString(copy.resolve("plan.itup")));
			assertFalse(Files.exists(copy.resolve("notes.txt")), "only plan data is written out");
			assertFalse(Files.exists(copy.getParent().getParent().resolve("other.itup")), "only the folder's files");
			assertEquals(adopted, revision.commit());
		}
		assertFalse(Files.exists(copy), "closing deletes the copy");
		assertEquals("plan p \"Revised\"\n", Files.readString(folder.resolve("plan.itup")), "the work tree is untouched");
	}

	@Test
	void aBranchNamesItsCommitWhichMovesOn() throws Exception {
		Files.writeString(repository.resolve("plan.itup"), "plan p \"One\"\n");
		try (Git git = Git.init().setDirectory(repository.toFile()).setInitialBranch("main").call()) {
			RevCommit first = commit(git, "one");
			assertEquals(first.name(), PlanRevision.commitOf(repository, "main"));
			Files.writeString(repository.resolve("plan.itup"), "plan p \"Two\"\n");
			RevCommit second = commit(git, "two");
			assertEquals(second.name(), PlanRevision.commitOf(repository, "main"));
		}
	}

	@Test
	void anUnknownRevisionOrAFolderOutsideARepositoryIsSaidSo() throws Exception {
		Files.writeString(repository.resolve("plan.itup"), "plan p \"One\"\n");
		try (Git git = Git.init().setDirectory(repository.toFile()).setInitialBranch("main").call()) {
			commit(git, "one");
		}
		PlanRevision.RevisionException unknown = assertThrows(PlanRevision.RevisionException.class,
				() -> PlanRevision.of(repository, "v9"));
		assertEquals("unknown revision 'v9'", unknown.getMessage());

		Path outside = Files.createTempDirectory("itup-no-git");
		try {
			PlanRevision.RevisionException noRepository = assertThrows(PlanRevision.RevisionException.class,
					() -> PlanRevision.commitOf(outside, "HEAD"));
			assertTrue(noRepository.getMessage().endsWith("is not inside a git repository"), noRepository::getMessage);
		} finally {
			Files.delete(outside);
		}
	}

	private static RevCommit commit(Git git, String message) throws Exception {
		git.add().addFilepattern(".").call();
		return git.commit().setMessage(message).setAuthor("itup", "itup@example.org").setCommitter("itup",
				"itup@example.org").setSign(false).call();
	}
}
