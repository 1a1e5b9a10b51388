package org.itup.bench.harness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * Latency of the real language server as an editor sees it: {@code java -Xmx1g -jar itup.jar lsp} in its own
 * process, driven over standard input and output by LSP4J's client. On one sector file of the workspace it asks for
 * completion and hover on a goal reference, and times diagnostics after an edit: from sending {@code didChange}
 * until the diagnostics that reflect it arrive (the edit alternately breaks and repairs the goal reference, so the
 * expected diagnostics are told apart from earlier ones).
 */
final class LspBenchmark {

	private static final long TIMEOUT_SECONDS = 600;

	private static final long QUIET_MILLIS = 200;

	private final Path itupJar;

	private final int warmups;

	private final int samples;

	LspBenchmark(Path itupJar, int warmups, int samples) {
		this.itupJar = itupJar;
		this.warmups = warmups;
		this.samples = samples;
	}

	/** Latencies in milliseconds, and the time from initialize until every file had its diagnostics. */
	record Figures(double initialBuildMillis, Samples completion, Samples hover, Samples diagnostics) {
	}

	Figures measure(Path workspace, Path editedFile) throws Exception {
		Process process = new ProcessBuilder(JavaCommand.java(), CheckCommandRun.MAX_HEAP, "-jar", itupJar.toString(),
				"lsp").directory(workspace.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
		PlanEditorClient client = new PlanEditorClient();
		Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, process.getInputStream(),
				process.getOutputStream());
		launcher.startListening();
		LanguageServer server = launcher.getRemoteProxy();
		try {
			long start = System.nanoTime();
			server.initialize(initialize(workspace)).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
			server.initialized(new InitializedParams());
			client.awaitFiles(countPlanFiles(workspace), TIMEOUT_SECONDS);
			double initialBuild = (System.nanoTime() - start) / 1e6;
			EditedPlanFile file = EditedPlanFile.open(server, client, editedFile, TIMEOUT_SECONDS);
			client.awaitQuiet(QUIET_MILLIS, TIMEOUT_SECONDS);
			Samples completion = time(() -> server.getTextDocumentService()
					.completion(new CompletionParams(file.id(), file.goalReference())).get());
			Samples hover = time(() -> server.getTextDocumentService()
					.hover(new HoverParams(file.id(), file.goalReference())).get());
			Samples diagnostics = diagnosticsAfterEdits(server, client, file);
			return new Figures(initialBuild, completion, hover, diagnostics);
		} finally {
			stop(server, process);
		}
	}

	private interface Request {
		Object send() throws Exception;
	}

	private Samples time(Request request) throws Exception {
		Samples samples = new Samples();
		for (int i = 0; i < warmups + this.samples; i++) {
			long start = System.nanoTime();
			if (request.send() == null) {
				throw new IllegalStateException("the server answered nothing");
			}
			if (i >= warmups) {
				samples.add((System.nanoTime() - start) / 1e6);
			}
		}
		return samples;
	}

	private Samples diagnosticsAfterEdits(LanguageServer server, PlanEditorClient client, EditedPlanFile file)
			throws Exception {
		Samples samples = new Samples();
		for (int i = 0; i < warmups + this.samples; i++) {
			boolean breaking = i % 2 == 0;
			long start = System.nanoTime();
			server.getTextDocumentService().didChange(file.edit(breaking));
			PlanEditorClient.Published published = client.await(file.uri(), start,
					params -> hasError(params) == breaking, TIMEOUT_SECONDS);
			if (i >= warmups) {
				samples.add((published.arrivedNanos() - start) / 1e6);
			}
			client.awaitQuiet(QUIET_MILLIS, TIMEOUT_SECONDS);
		}
		return samples;
	}

	static boolean hasError(PublishDiagnosticsParams params) {
		return params.getDiagnostics().stream().anyMatch(d -> d.getSeverity() == DiagnosticSeverity.Error);
	}

	private static InitializeParams initialize(Path workspace) {
		InitializeParams params = new InitializeParams();
		String uri = workspace.toUri().toString();
		params.setRootUri(uri);
		params.setWorkspaceFolders(List.of(new WorkspaceFolder(uri, "plans")));
		params.setCapabilities(new org.eclipse.lsp4j.ClientCapabilities());
		return params;
	}

	private static int countPlanFiles(Path workspace) throws IOException {
		try (Stream<Path> files = Files.walk(workspace)) {
			return (int) files.filter(file -> file.toString().endsWith(".itup")).count();
		}
	}

	private static void stop(LanguageServer server, Process process) throws InterruptedException {
		try {
			server.shutdown().get(60, TimeUnit.SECONDS);
			server.exit();
		} catch (ExecutionException | TimeoutException | RuntimeException e) {
			// the server is stopped below in any case; its answer to shutdown does not matter to the figures
		}
		if (!process.waitFor(30, TimeUnit.SECONDS)) {
			process.destroyForcibly().waitFor();
		}
	}
}
