package org.itup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.itup.test.support.RepositoryRoot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code java -jar itup.jar lsp} over real standard streams: every byte on standard output must belong to a
 * protocol message, even when the server meets a broken file and logs about it.
 */
class LspStdioIT {

	@TempDir
	Path workspace;

	@Test
	void standardOutputCarriesOnlyProtocolMessages() throws Exception {
		Files.writeString(workspace.resolve("broken.itup"), "plan p\ngoal 1 \"Half typed {\n  target\n");
		Path jar = RepositoryRoot.path().resolve("bundles/org.itup.cli/target/itup.jar");
		Process server = new ProcessBuilder("java", "-jar", jar.toString(), "lsp").directory(workspace.toFile())
				.redirectError(ProcessBuilder.Redirect.DISCARD).start();
		ByteArrayOutputStream output = new ByteArrayOutputStream();
		Thread reader = new Thread(() -> {
			try {
				server.getInputStream().transferTo(output);
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		});
		reader.start();
		String uri = workspace.toUri().toString();
		try (OutputStream in = server.getOutputStream()) {
			send(in, 1, "initialize", "{\"processId\":null,\"rootUri\":\"" + uri + "\",\"capabilities\":{}}");
			send(in, null, "initialized", "{}");
			send(in, 2, "textDocument/hover", "{\"textDocument\":{\"uri\":\"" + uri + "broken.itup\"},"
					+ "\"position\":{\"line\":2,\"character\":4}}");
			awaitOutput(output, "\"id\":1,");
			awaitOutput(output, "\"id\":2,");
			awaitOutput(output, "\"textDocument/publishDiagnostics\"");
			send(in, 3, "shutdown", "null");
			send(in, null, "exit", "null");
		}
		assertTrue(server.waitFor(2, TimeUnit.MINUTES), "the server did not exit");
		reader.join();
		List<JsonObject> messages = frames(output.toByteArray());
		assertTrue(messages.stream().anyMatch(m -> m.has("id") && m.get("id").getAsInt() == 1
				&& m.getAsJsonObject("result").has("capabilities")), "no answer to initialize: " + messages);
		assertTrue(messages.stream().anyMatch(m -> m.has("id") && m.get("id").getAsInt() == 2),
				"no answer to hover: " + messages);
	}

	/** Waits (the server may take seconds to start on a busy machine) until the output contains the text. */
	private static void awaitOutput(ByteArrayOutputStream output, String text) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
		while (!output.toString(StandardCharsets.UTF_8).contains(text)) {
			assertTrue(System.nanoTime() < deadline, "no " + text + " from the server");
			Thread.sleep(100);
		}
	}

	private static void send(OutputStream in, Integer id, String method, String params) throws IOException {
		String body = "{\"jsonrpc\":\"2.0\"," + (id == null ? "" : "\"id\":" + id + ",") + "\"method\":\"" + method
				+ "\",\"params\":" + params + "}";
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		in.write(("Content-Length: " + bytes.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
		in.write(bytes);
		in.flush();
	}

	/** Splits the output into LSP frames; anything else in it fails the test. */
	private static List<JsonObject> frames(byte[] output) {
		List<JsonObject> messages = new ArrayList<>();
		int position = 0;
		while (position < output.length) {
			String rest = new String(output, position, Math.min(64, output.length - position),
					StandardCharsets.US_ASCII);
			assertTrue(rest.startsWith("Content-Length: "), "not a protocol frame at byte " + position + ": "
					+ new String(output, position, output.length - position, StandardCharsets.UTF_8));
			int headerEnd = rest.indexOf("\r\n\r\n");
			int length = Integer.parseInt(rest.substring("Content-Length: ".length(), rest.indexOf("\r\n")));
			position += headerEnd + 4;
			ByteArrayOutputStream body = new ByteArrayOutputStream();
			body.write(output, position, length);
			JsonObject message = JsonParser.parseString(body.toString(StandardCharsets.UTF_8)).getAsJsonObject();
			assertEquals("2.0", message.get("jsonrpc").getAsString());
			messages.add(message);
			position += length;
		}
		return messages;
	}
}
