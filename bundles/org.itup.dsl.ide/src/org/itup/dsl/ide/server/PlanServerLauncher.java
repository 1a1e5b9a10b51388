package org.itup.dsl.ide.server;

import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ServerLauncher;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.util.Modules2;

import com.google.inject.Module;

/**
 * Starts the plan language server on standard input and output. Standard output is the protocol channel, so the
 * stock launcher's stream redirection stays in force: nothing else may print there.
 */
public final class PlanServerLauncher {

	private PlanServerLauncher() {
	}

	public static void main(String[] args) {
		ServerLauncher.launch(PlanServerLauncher.class.getName(), args, serverModule());
	}

	/** The stock server module with {@link PlanLanguageServer} in place of the stock server. */
	public static Module serverModule() {
		return Modules2.mixin(new ServerModule(),
				binder -> binder.bind(LanguageServerImpl.class).to(PlanLanguageServer.class));
	}
}
