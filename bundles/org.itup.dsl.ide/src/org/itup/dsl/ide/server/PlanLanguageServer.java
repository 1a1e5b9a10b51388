package org.itup.dsl.ide.server;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;
import org.itup.dsl.load.IssueRuleSettings;
import org.itup.dsl.load.RuleSettingsPreferences;
import org.itup.dsl.ide.reference.ReferenceTitles;

/**
 * The stock Xtext language server, plus the one setting plans need: {@code itup.sdgTitles}, the folder of official
 * SDG titles, given as an initialization option or a workspace setting (see docs/editors.md); and the plan
 * folders' rule settings, so the editor shows each finding with the severity {@code itup check} gives it.
 */
public class PlanLanguageServer extends LanguageServerImpl {

	private IssueRuleSettings ruleSettings = new IssueRuleSettings(List.of());

	@Inject
	private RuleSettingsPreferences ruleSeverities;

	@Override
	public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
		configure(params.getInitializationOptions());
		ruleSettings = new IssueRuleSettings(WorkspaceRoots.of(params));
		ruleSeverities.setDefaultRoots(WorkspaceRoots.of(params));
		return super.initialize(withoutFolderIfNoneGiven(params));
	}

	/**
	 * An editor that opens a single plan file without a folder (VS Code, Neovim outside a project) names no root at
	 * all; the stock server would fail to initialize. Such a session is one with no workspace folders: the files the
	 * editor opens are still checked.
	 */
	private static InitializeParams withoutFolderIfNoneGiven(InitializeParams params) {
		boolean noRoot = params.getRootUri() == null && params.getRootPath() == null;
		if (noRoot && (params.getWorkspaceFolders() == null || params.getWorkspaceFolders().isEmpty())) {
			params.setWorkspaceFolders(List.of());
			if (params.getCapabilities() == null) {
				params.setCapabilities(new ClientCapabilities());
			}
			if (params.getCapabilities().getWorkspace() == null) {
				params.getCapabilities().setWorkspace(new WorkspaceClientCapabilities());
			}
			params.getCapabilities().getWorkspace().setWorkspaceFolders(true);
		}
		return params;
	}

	@Override
	protected List<Diagnostic> toDiagnostics(Iterable<? extends Issue> issues) {
		return super.toDiagnostics(ruleSettings.apply(issues));
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
