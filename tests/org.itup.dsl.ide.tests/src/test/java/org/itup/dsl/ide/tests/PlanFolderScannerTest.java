package org.itup.dsl.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.util.IFileSystemScanner;
import org.itup.dsl.ide.server.PlanServerLauncher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Guice;

/**
 * The language server's workspace scan, as the server module binds it: the files it names are the ones
 * {@code itup check} would read, each once, under the very URI the server gives the file when an editor opens it
 * (two spellings of one file would make it two resources, and every code in it a false duplicate).
 */
class PlanFolderScannerTest {

	@TempDir
	Path workspace;

	@Test
	void eachPlanFileOnceUnderTheUriAnEditorGivesIt() throws Exception {
		Path plan = Files.writeString(workspace.resolve("plan.itup"), "plan p\n");
		Path part = Files.createDirectories(workspace.resolve("sectors")).resolve("itu-r.itup");
		Files.writeString(part, "plan p\n");
		Files.createSymbolicLink(workspace.resolve("self"), Path.of("."));
		Files.createSymbolicLink(workspace.resolve("sectors/up"), Path.of(".."));
		Files.createSymbolicLink(workspace.resolve("again.itup"), Path.of("plan.itup"));
		for (String skipped : List.of("target", "node_modules", ".git")) {
			Files.writeString(Files.createDirectories(workspace.resolve(skipped)).resolve("x.itup"), "plan p\n");
		}
		Files.writeString(workspace.resolve(".hidden.itup"), "plan p\n");

		IFileSystemScanner scanner = Guice.createInjector(PlanServerLauncher.serverModule())
				.getInstance(IFileSystemScanner.class);
		List<URI> found = new ArrayList<>();
		scanner.scan(URI.createFileURI(workspace.toString()), found::add);

		UriExtensions editor = new UriExtensions();
		assertEquals(List.of(editor.toUri(plan.toUri().toString()), editor.toUri(part.toUri().toString())), found);
	}
}
