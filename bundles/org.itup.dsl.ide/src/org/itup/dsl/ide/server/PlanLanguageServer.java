package org.itup.dsl.ide.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.itup.dsl.ide.hover.BaseRevisionHover;
import org.itup.dsl.ide.reference.ReferenceTitles;
import org.itup.dsl.load.RuleSettingsPreferences;

import com.google.inject.Inject;

/**
 * The stock Xtext language server, plus the one setting plans need: {@code itup.sdgTitles}, the folder of official
 * SDG titles, given as an initialization option or a workspace setting (see docs/editors.md); and the open folders,
 * above which no plan folder's rule settings apply (the severities themselves come from Xtext's configurable
 * severities, see {@link RuleSettingsPreferences}).
 */
public class PlanLanguageServer extends LanguageServerImpl {

	@Inject
	private RuleSettingsPreferences ruleSeverities;

	@Inject
	private IResourceServiceProvider.Registry languages;

	private List<Path> roots = List.of();

	@Override
	public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
		configure(params.getInitializationOptions());
		roots = WorkspaceRoots.of(params);
		ruleSeverities.setDefaultRoots(roots);
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

	/**
	 * Files an editor reports as created or changed are read only when the workspace scan would read them: a watcher
	 * of {@code **}{@code /*.itup} also reports {@code target/} copies and FIFOs, which would bring back the false
	 * duplicates and the endless read the scan avoids. Deletions always pass: forgetting a file is harmless.
	 */
	@Override
	public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
		List<FileEvent> readable = params.getChanges().stream()
				.filter(event -> event.getType() == FileChangeType.Deleted || isScanned(event.getUri())).toList();
		if (!readable.isEmpty()) {
			super.didChangeWatchedFiles(new DidChangeWatchedFilesParams(readable));
		}
	}

	private boolean isScanned(String uri) {
		URI parsed = URI.createURI(uri);
		if (!parsed.isFile()) {
			return false;
		}
		Path file = Path.of(parsed.toFileString()).toAbsolutePath().normalize();
		if (roots.isEmpty()) {
			return Files.isRegularFile(file); // no workspace folder to judge the path by
		}
		return roots.stream().anyMatch(root -> !PlanFolderScanner.passesOver(root.toAbsolutePath().normalize(), file));
	}

	/**
	 * Folding is announced to every client: Xtext announces it only to clients that describe their folding support,
	 * and clients that do not (plain JSON-RPC clients, older Neovim) may still ask.
	 */
	@Override
	protected ServerCapabilities createServerCapabilities(InitializeParams params) {
		ServerCapabilities capabilities = super.createServerCapabilities(params);
		capabilities.setFoldingRangeProvider(true);
		return capabilities;
	}

	@Override
	public void didChangeConfiguration(DidChangeConfigurationParams params) {
		configure(params.getSettings());
		super.didChangeConfiguration(params);
	}

	private void configure(Object settings) {
		String folder = ServerSettings.sdgTitlesFolder(settings);
		if (folder != null) {
			useSdgTitles(Path.of(folder));
		}
		String revision = ServerSettings.baseRevision(settings);
		if (revision != null) {
			planLanguage().get(BaseRevisionHover.class).compareWith(revision);
		}
	}

	/**
	 * Hovers and completion show the SDG titles of this folder ({@code itup lsp --sdg-titles}); a setting the
	 * editor sends later replaces it.
	 *
	 * @return false, leaving the previous titles, when the folder does not exist
	 */
	public boolean useSdgTitles(Path languageFolder) {
		return planLanguage().get(ReferenceTitles.class).configureSdgTitles(languageFolder);
	}

	/** The plan language's own services: its titles live in its injector, not in this server's. */
	private IResourceServiceProvider planLanguage() {
		return languages.getResourceServiceProvider(URI.createURI("plan.itup"));
	}
}
