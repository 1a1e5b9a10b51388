package org.itup.dsl.ide.server;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.itup.dsl.ide.reference.ReferenceTitles;

/**
 * The stock Xtext language server, plus the one setting plans need: {@code itup.sdgTitles}, the folder of official
 * SDG titles, given as an initialization option or a workspace setting (see docs/editors.md).
 */
public class PlanLanguageServer extends LanguageServerImpl {

	@Override
	public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
		configure(params.getInitializationOptions());
		return super.initialize(params);
	}

	@Override
	public void didChangeConfiguration(DidChangeConfigurationParams params) {
		configure(params.getSettings());
		super.didChangeConfiguration(params);
	}

	private static void configure(Object settings) {
		String folder = ServerSettings.sdgTitlesFolder(settings);
		if (folder != null) {
			ReferenceTitles.configureSdgTitles(Path.of(folder));
		}
	}
}
