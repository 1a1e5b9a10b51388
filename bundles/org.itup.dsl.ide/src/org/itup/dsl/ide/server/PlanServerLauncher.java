package org.itup.dsl.ide.server;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;

import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ProjectManager;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.IFileSystemScanner;
import org.eclipse.xtext.util.Modules2;

import com.google.inject.Guice;
import com.google.inject.Module;

/**
 * Starts the plan language server on standard input and output. Standard output is the protocol channel, so it
 * is taken for the protocol first and {@code System.out} is then pointed at standard error: whatever else prints
 * (Xtext's console logging among it) lands there, visible in the editor's server log, never in the protocol.
 */
public final class PlanServerLauncher {

	private PlanServerLauncher() {
	}

	/** Serves until the editor closes standard input. */
	public static void main(String[] args) {
		serve(null);
	}

	/**
	 * Serves until the editor closes standard input.
	 *
	 * @param sdgTitles the folder of official SDG titles hovers and completion show, or null for none until the
	 *                  editor sends the setting
	 */
	public static void serve(Path sdgTitles) {
		InputStream in = System.in;
		PrintStream out = System.out;
		System.setOut(System.err);
		PlanLanguageServer server = (PlanLanguageServer) Guice.createInjector(serverModule())
				.getInstance(LanguageServerImpl.class);
		if (sdgTitles != null) {
			server.useSdgTitles(sdgTitles);
		}
		PlanProtocol.serve(server, in, out, System.err);
	}

	/**
	 * The stock server module with {@link PlanLanguageServer} in place of the stock server, the workspace scanned
	 * as {@code itup check} scans a folder ({@link PlanFolderScanner}), only local files read
	 * ({@link LocalFilesOnly}) and the files of a large build parsed on several threads
	 * ({@link PlanProjectManager}, {@link ResourcesParsedAhead}).
	 */
	public static Module serverModule() {
		return Modules2.mixin(new ServerModule(), binder -> {
			binder.bind(LanguageServerImpl.class).to(PlanLanguageServer.class);
			binder.bind(IFileSystemScanner.class).to(PlanFolderScanner.class);
			binder.bind(XtextResourceSet.class).to(ResourcesParsedAhead.class);
			binder.bind(ProjectManager.class).to(PlanProjectManager.class);
		});
	}
}
