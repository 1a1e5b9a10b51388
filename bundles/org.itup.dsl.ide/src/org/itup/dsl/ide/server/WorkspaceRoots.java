package org.itup.dsl.ide.server;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.WorkspaceFolder;

/**
 * The folders an editor opened, as file paths: the workspace folders, or the single root of older clients. Rule
 * settings found above these folders do not apply, as with {@code itup check} and the folder it is given.
 */
final class WorkspaceRoots {

	private WorkspaceRoots() {
	}

	@SuppressWarnings("deprecation") // rootUri is what clients without workspace folders still send
	static List<Path> of(InitializeParams params) {
		List<Path> roots = new ArrayList<>();
		if (params.getWorkspaceFolders() != null) {
			for (WorkspaceFolder folder : params.getWorkspaceFolders()) {
				pathOf(folder.getUri()).ifPresent(roots::add);
			}
		}
		if (roots.isEmpty() && params.getRootUri() != null) {
			pathOf(params.getRootUri()).ifPresent(roots::add);
		}
		return roots;
	}

	private static Optional<Path> pathOf(String uri) {
		URI parsed = URI.createURI(uri);
		return parsed.isFile() ? Optional.of(Path.of(parsed.toFileString())) : Optional.empty();
	}
}
