package org.itup.dsl.ide.server;

import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.LaunchArgs;
import org.eclipse.xtext.ide.server.ServerLauncher;
import org.eclipse.xtext.ide.server.ServerModule;
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

	public static void main(String[] args) {
		LaunchArgs protocol = new LaunchArgs();
		protocol.setIn(System.in);
		protocol.setOut(System.out);
		protocol.setValidate(true);
		System.setOut(System.err);
		Guice.createInjector(serverModule()).getInstance(ServerLauncher.class).start(protocol);
	}

	/** The stock server module with {@link PlanLanguageServer} in place of the stock server. */
	public static Module serverModule() {
		return Modules2.mixin(new ServerModule(),
				binder -> binder.bind(LanguageServerImpl.class).to(PlanLanguageServer.class));
	}
}
