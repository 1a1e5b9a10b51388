package org.itup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.itup.test.support.RepositoryRoot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;

/**
 * {@code itup lsp} as a process, fed what a broken or hostile client sends: a malformed body, unknown methods,
 * files it never opened, remote URIs, and a workspace with a FIFO, link loops and build output.
 */
class LspProtocolRobustnessIT {

	private static final String PLAN = "plan p period 2020 to 2023\ngoal 1 \"Growth\" {\n"
			+ "    target 1.1 \"Online\" { by 2023 qualitative }\n}\n";

	@TempDir
	Path workspace;

	@Test
	void aMalformedBodyIsSkippedAndTheNextRequestIsAnswered() throws Exception {
		Files.writeString(workspace.resolve("p.itup"), PLAN);
		try (LspProcess server = LspProcess.start(workspace)) {
			server.initialize(workspace);
			// valid JSON that is not a message, then no JSON at all; each over 8 KB
			server.send(("[" + "1,".repeat(5000) + "1]").getBytes(StandardCharsets.UTF_8));
			server.send(("{\"jsonrpc\":\"2.0\",\"id\":" + "9".repeat(10_000)).getBytes(StandardCharsets.UTF_8));
			server.request(2, "textDocument/hover", hoverOn(LspProcess.uri(workspace.resolve("p.itup")), 1, 6));
			JsonObject answer = server.response(2);
			assertTrue(answer.has("result"), answer.toString());
			assertEquals(List.of(), server.notFrames());
		}
	}

	@Test
	void unknownMethodsAndUnopenedFilesAreAnsweredInOneLineWithoutStackTraces() throws Exception {
		Files.writeString(workspace.resolve("p.itup"), PLAN);
		try (LspProcess server = LspProcess.start(workspace)) {
			server.initialize(workspace);
			server.request(2, "itup/noSuchMethod", "{}");
			server.request(3, "textDocument/hover", hoverOn(LspProcess.uri(workspace.resolve("gone.itup")), 0, 0));
			JsonObject unknown = server.response(2).getAsJsonObject("error");
			JsonObject unopened = server.response(3).getAsJsonObject("error");

			assertEquals(-32601, unknown.get("code").getAsInt(), unknown.toString());
			for (JsonObject error : List.of(unknown, unopened)) {
				assertFalse(error.has("data"), "a stack trace or other data in " + error);
				assertFalse(error.get("message").getAsString().contains("\n"), error.toString());
			}
			assertTrue(unopened.get("message").getAsString().contains("gone.itup"), unopened.toString());
			String stderr = server.stderr();
			assertTrue(stderr.lines().noneMatch(line -> line.startsWith("\tat ")), "stack trace on stderr:\n" + stderr);
		}
	}

	@Test
	void remoteUrisAClientNamesAreNeverFetched() throws Exception {
		Files.writeString(workspace.resolve("p.itup"), PLAN);
		try (ServerSocket remote = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
				LspProcess server = LspProcess.start(workspace)) {
			server.initialize(workspace);
			String remotePlan = "http://127.0.0.1:" + remote.getLocalPort() + "/plan.itup";
			String importing = "http://127.0.0.1:" + remote.getLocalPort() + "/other.itup";
			server.notify("textDocument/didOpen", "{\"textDocument\":{\"uri\":\"" + importing
					+ "\",\"languageId\":\"itup\",\"version\":1,\"text\":\"plan q\\nimport p\\n\"}}");
			server.request(2, "textDocument/hover", hoverOn(remotePlan, 0, 0));
			server.request(3, "textDocument/definition", hoverOn(remotePlan, 0, 0));
			server.response(2);
			server.response(3);
			server.request(4, "textDocument/hover", hoverOn(LspProcess.uri(workspace.resolve("p.itup")), 1, 6));
			assertTrue(server.response(4).has("result"), "the server stopped answering");

			remote.setSoTimeout(1000);
			assertThrows(SocketTimeoutException.class, remote::accept, "the server fetched a remote URI");
		}
	}

	@Test
	void theWorkspaceScanSkipsWhatCheckSkipsAndFollowsEachLinkOnce() throws Exception {
		Files.writeString(workspace.resolve("p.itup"), PLAN);
		mkfifo(workspace.resolve("f.itup"));
		Files.createDirectories(workspace.resolve("a"));
		Files.createDirectories(workspace.resolve("b"));
		Files.createSymbolicLink(workspace.resolve("a/loop"), Path.of("../b"));
		Files.createSymbolicLink(workspace.resolve("b/loop"), Path.of("../a"));
		Files.createSymbolicLink(workspace.resolve("self"), Path.of("."));
		for (String skipped : List.of("target", "node_modules", ".hidden")) {
			Files.createDirectories(workspace.resolve(skipped));
			Files.writeString(workspace.resolve(skipped).resolve("copy.itup"), PLAN);
		}
		try (LspProcess server = LspProcess.start(workspace)) {
			assertTrue(server.initialize(workspace).has("result"));
			String plan = LspProcess.uri(workspace.resolve("p.itup"));
			server.diagnostics(plan, params -> true);
			server.request(2, "workspace/symbol", "{\"query\":\"\"}");
			List<String> published = server.received().stream()
					.filter(m -> "textDocument/publishDiagnostics".equals(LspProcess.text(m, "method")))
					.map(m -> m.getAsJsonObject("params").get("uri").getAsString()).distinct().toList();
			assertEquals(List.of(plan), published);
			assertFalse(server.received().toString().contains("DuplicateCode"), server.received().toString());
			assertTrue(server.response(2).has("result"));
		}
	}

	@Test
	void filesTheEditorReportsAreReadOnlyWhenTheScanWouldReadThem() throws Exception {
		Files.writeString(workspace.resolve("p.itup"), PLAN);
		try (LspProcess server = LspProcess.start(workspace)) {
			server.initialize(workspace);
			String plan = LspProcess.uri(workspace.resolve("p.itup"));
			server.diagnostics(plan, params -> true);
			Files.createSymbolicLink(workspace.resolve("self"), Path.of("."));
			mkfifo(workspace.resolve("late.itup"));
			StringBuilder created = new StringBuilder();
			for (String file : List.of("target/copy.itup", ".hidden/copy.itup", "late.itup", "self/p.itup")) {
				Path path = workspace.resolve(file);
				if (!Files.exists(path)) {
					Files.createDirectories(path.getParent());
					Files.writeString(path, PLAN);
				}
				created.append(created.length() == 0 ? "" : ",").append("{\"uri\":\"").append(LspProcess.uri(path))
						.append("\",\"type\":1}");
			}
			server.notify("workspace/didChangeWatchedFiles", "{\"changes\":[" + created + "]}");
			server.request(2, "textDocument/hover", hoverOn(plan, 1, 6));
			assertTrue(server.response(2).has("result"), "the server stopped answering");
			assertFalse(server.received().toString().contains("DuplicateCode"), server.received().toString());
		}
	}

	private static void mkfifo(Path path) throws IOException, InterruptedException {
		Process mkfifo = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
		assertEquals(0, mkfifo.waitFor(), "mkfifo failed");
	}

	static String hoverOn(String uri, int line, int character) {
		return "{\"textDocument\":{\"uri\":\"" + uri + "\"},\"position\":{\"line\":" + line + ",\"character\":"
				+ character + "}}";
	}

	static void copyItuExample(Path workspace) throws IOException {
		try (Stream<Path> files = Files.list(RepositoryRoot.itu2020Example())) {
			for (Path file : (Iterable<Path>) files::iterator) {
				Files.copy(file, workspace.resolve(file.getFileName()));
			}
		}
	}
}
