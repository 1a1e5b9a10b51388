package org.itup.bench.harness;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * The sector file the language-server benchmark works on, open in the server: where its first goal reference is,
 * and the edits that break that reference and repair it again, each with the next document version.
 */
final class EditedPlanFile {

	private static final Pattern PRIMARY_GOALS = Pattern.compile("primary goals? ");

	private final String uri;

	private final Position goalReference;

	private int version = 1;

	private EditedPlanFile(String uri, Position goalReference) {
		this.uri = uri;
		this.goalReference = goalReference;
	}

	/** Opens the file in the server and waits for its first diagnostics, which must show no error. */
	static EditedPlanFile open(LanguageServer server, PlanEditorClient client, Path file, long timeoutSeconds)
			throws Exception {
		String text = Files.readString(file);
		Matcher goals = PRIMARY_GOALS.matcher(text);
		if (!goals.find()) {
			throw new IllegalStateException("no primary goal reference in " + file);
		}
		String before = text.substring(0, goals.end());
		int line = (int) before.chars().filter(c -> c == '\n').count();
		EditedPlanFile edited = new EditedPlanFile(file.toUri().toString(),
				new Position(line, goals.end() - before.lastIndexOf('\n') - 1));
		long start = System.nanoTime();
		server.getTextDocumentService()
				.didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(edited.uri, "itup", 1, text)));
		client.await(edited.uri, start, params -> !LspBenchmark.hasError(params), timeoutSeconds);
		return edited;
	}

	String uri() {
		return uri;
	}

	TextDocumentIdentifier id() {
		return new TextDocumentIdentifier(uri);
	}

	/** Where the first goal code of the file starts: {@code primary goals |1, 2}. */
	Position goalReference() {
		return goalReference;
	}

	/** Types a 9 before the goal code (there is no goal 91), or deletes it again. */
	DidChangeTextDocumentParams edit(boolean breaking) {
		Position end = new Position(goalReference.getLine(), goalReference.getCharacter() + (breaking ? 0 : 1));
		TextDocumentContentChangeEvent change = new TextDocumentContentChangeEvent(new Range(goalReference, end),
				breaking ? "9" : "");
		version++;
		return new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version), List.of(change));
	}
}
