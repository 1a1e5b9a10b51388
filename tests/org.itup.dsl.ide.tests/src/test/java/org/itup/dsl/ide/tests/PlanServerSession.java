package org.itup.dsl.ide.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbolCapabilities;
import org.eclipse.lsp4j.FoldingRangeCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.itup.dsl.ide.server.PlanServerLauncher;
import org.itup.test.support.RepositoryRoot;

import com.google.inject.Guice;

/**
 * The plan language server in this JVM, talked to through its LSP4J interfaces as an editor would, on a copy of a
 * folder of plans (tests rename and delete files). Collects what the server publishes.
 */
final class PlanServerSession implements LanguageClient, AutoCloseable {

	static final long TIMEOUT_SECONDS = 60;

	final LanguageServerImpl server;

	final Path workspace;

	final InitializeResult capabilities;

	final Map<String, PublishDiagnosticsParams> diagnostics = new ConcurrentHashMap<>();

	final List<String> errorsLogged = new CopyOnWriteArrayList<>();

	private PlanServerSession(Path folder, Object initializationOptions, ClientCapabilities client) throws Exception {
		workspace = copy(folder);
		server = Guice.createInjector(PlanServerLauncher.serverModule()).getInstance(LanguageServerImpl.class);
		server.connect(this);
		InitializeParams params = new InitializeParams();
		params.setWorkspaceFolders(List.of(new WorkspaceFolder(uri(workspace), "plans")));
		params.setRootUri(uri(workspace));
		params.setCapabilities(client);
		params.setInitializationOptions(initializationOptions);
		capabilities = server.initialize(params).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
		server.initialized(new InitializedParams());
	}

	/** Starts a server on a copy of {@code folder} and waits until it has checked every plan file. */
	static PlanServerSession on(Path folder, Object initializationOptions) throws Exception {
		return on(folder, initializationOptions, capabilities());
	}

	/** As {@link #on(Path, Object)}, for an editor that declares these capabilities. */
	static PlanServerSession on(Path folder, Object initializationOptions, ClientCapabilities client)
			throws Exception {
		PlanServerSession session = new PlanServerSession(folder, initializationOptions, client);
		long files;
		try (Stream<Path> all = Files.list(session.workspace)) {
			files = all.filter(p -> p.toString().endsWith(".itup")).count();
		}
		session.await(() -> session.diagnostics.size() >= files, "diagnostics for all " + files + " files");
		return session;
	}

	static PlanServerSession onItuExample() throws Exception {
		return on(RepositoryRoot.itu2020Example(), null);
	}

	/** What the tests' editor declares: hierarchical document symbols and folding ranges. */
	static ClientCapabilities capabilities() {
		TextDocumentClientCapabilities text = new TextDocumentClientCapabilities();
		DocumentSymbolCapabilities symbols = new DocumentSymbolCapabilities();
		symbols.setHierarchicalDocumentSymbolSupport(true);
		text.setDocumentSymbol(symbols);
		text.setFoldingRange(new FoldingRangeCapabilities());
		ClientCapabilities capabilities = new ClientCapabilities();
		capabilities.setTextDocument(text);
		return capabilities;
	}

	String uri(String fileName) {
		return uri(workspace.resolve(fileName));
	}

	static String uri(Path path) {
		return path.toUri().toString();
	}

	String text(String fileName) throws IOException {
		return Files.readString(workspace.resolve(fileName));
	}

	void open(String fileName) throws IOException {
		server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
				new TextDocumentItem(uri(fileName), "itup", 1, text(fileName))));
	}

	TextDocumentIdentifier document(String fileName) {
		return new TextDocumentIdentifier(uri(fileName));
	}

	/** The position of the first occurrence of {@code marker} in the file, plus {@code shift} characters. */
	Position positionOf(String fileName, String marker, int shift) throws IOException {
		String text = text(fileName);
		int offset = text.indexOf(marker);
		assertTrue(offset >= 0, marker + " not found in " + fileName);
		offset += shift;
		String before = text.substring(0, offset);
		int line = (int) before.chars().filter(c -> c == '\n').count();
		return new Position(line, offset - before.lastIndexOf('\n') - 1);
	}

	List<Diagnostic> diagnosticsOf(String fileName) {
		PublishDiagnosticsParams published = diagnostics.get(uri(fileName));
		return published == null ? List.of() : published.getDiagnostics();
	}

	void await(BooleanSupplier condition, String what) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				fail("timed out waiting for " + what);
			}
			Thread.sleep(20);
		}
	}

	private static Path copy(Path folder) throws IOException {
		Path copy = Files.createTempDirectory("itup-lsp");
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : (Iterable<Path>) files::iterator) {
				Files.copy(file, copy.resolve(file.getFileName().toString()));
			}
		}
		return copy;
	}

	@Override
	public void close() throws Exception {
		server.shutdown().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
		try (Stream<Path> files = Files.list(workspace)) {
			for (Path file : (Iterable<Path>) files::iterator) {
				Files.delete(file);
			}
		}
		Files.delete(workspace);
	}

	@Override
	public void publishDiagnostics(PublishDiagnosticsParams published) {
		diagnostics.put(published.getUri(), published);
	}

	@Override
	public void logMessage(MessageParams message) {
		if (message.getType() == org.eclipse.lsp4j.MessageType.Error) {
			errorsLogged.add(message.getMessage());
		}
	}

	@Override
	public void showMessage(MessageParams message) {
		logMessage(message);
	}

	@Override
	public java.util.concurrent.CompletableFuture<MessageActionItem> showMessageRequest(
			ShowMessageRequestParams request) {
		return java.util.concurrent.CompletableFuture.completedFuture(null);
	}

	@Override
	public void telemetryEvent(Object object) {
		// the plan server sends none; nothing to collect
	}
}
