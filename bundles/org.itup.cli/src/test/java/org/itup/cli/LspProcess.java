package org.itup.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.itup.test.support.RepositoryRoot;

/**
 * {@code java -jar itup.jar lsp} as an editor runs it, spoken to in plain JSON-RPC frames over its standard streams
 * with no LSP library in between. Every byte the server writes must belong to a frame; standard error is kept in a
 * file for the tests to read.
 */
final class LspProcess implements AutoCloseable {

	static final long TIMEOUT_SECONDS = 120;

	private final Process process;

	private final OutputStream in;

	private final Path stderr;

	private final List<JsonObject> received = new CopyOnWriteArrayList<>();

	private final List<String> notFrames = new CopyOnWriteArrayList<>();

	private final Thread reader;

	private LspProcess(Path workingDirectory, String... options) throws IOException {
		Path jar = RepositoryRoot.path().resolve("bundles/org.itup.cli/target/itup.jar");
		assertTrue(Files.isRegularFile(jar), "the packaged command line is missing: " + jar);
		stderr = Files.createTempFile("itup-lsp", ".err");
		List<String> command = new ArrayList<>(List.of("java", "-jar", jar.toString(), "lsp"));
		command.addAll(List.of(options));
		process = new ProcessBuilder(command).directory(workingDirectory.toFile()).redirectError(stderr.toFile())
				.start();
		in = process.getOutputStream();
		reader = new Thread(this::readFrames, "lsp frames");
		reader.setDaemon(true);
		reader.start();
	}

	/** @param options what follows {@code itup lsp} on the command line */
	static LspProcess start(Path workingDirectory, String... options) throws IOException {
		return new LspProcess(workingDirectory, options);
	}

	/** Sends initialize for this workspace folder and waits for its answer; then initialized. */
	JsonObject initialize(Path workspace) throws IOException, InterruptedException {
		request(1, "initialize", "{\"processId\":null,\"rootUri\":\"" + uri(workspace) + "\",\"capabilities\":{}}");
		JsonObject answer = response(1);
		notify("initialized", "{}");
		return answer;
	}

	static String uri(Path path) {
		String uri = path.toUri().toString();
		return uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
	}

	void request(int id, String method, String params) throws IOException {
		send(("{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":" + params + "}")
				.getBytes(StandardCharsets.UTF_8));
	}

	void notify(String method, String params) throws IOException {
		send(("{\"jsonrpc\":\"2.0\",\"method\":\"" + method + "\",\"params\":" + params + "}")
				.getBytes(StandardCharsets.UTF_8));
	}

	/** One frame with this body, whatever it holds. */
	void send(byte[] body) throws IOException {
		in.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
		in.write(body);
		in.flush();
	}

	/** The answer to the request with this id (a result or an error). */
	JsonObject response(int id) throws InterruptedException {
		return await(m -> m.has("id") && !m.has("method") && m.get("id").getAsInt() == id, "the answer to " + id);
	}

	/** The latest diagnostics published for the file, once some satisfy the condition. */
	JsonObject diagnostics(String fileUri, Predicate<JsonObject> condition) throws InterruptedException {
		return await(m -> "textDocument/publishDiagnostics".equals(text(m, "method"))
				&& fileUri.equals(m.getAsJsonObject("params").get("uri").getAsString()) && isLatest(m)
				&& condition.test(m.getAsJsonObject("params")), "diagnostics of " + fileUri);
	}

	private boolean isLatest(JsonObject publication) {
		String uri = publication.getAsJsonObject("params").get("uri").getAsString();
		Optional<JsonObject> latest = received.stream()
				.filter(m -> "textDocument/publishDiagnostics".equals(text(m, "method"))
						&& uri.equals(m.getAsJsonObject("params").get("uri").getAsString()))
				.reduce((first, second) -> second);
		return latest.isPresent() && latest.get() == publication;
	}

	List<JsonObject> received() {
		return List.copyOf(received);
	}

	JsonObject await(Predicate<JsonObject> wanted, String what) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
		while (System.nanoTime() < deadline) {
			for (JsonObject message : received) {
				if (wanted.test(message)) {
					return message;
				}
			}
			assertTrue(process.isAlive() || reader.isAlive(), "the server exited while waiting for " + what);
			Thread.sleep(50);
		}
		return fail("waited " + TIMEOUT_SECONDS + " s in vain for " + what + "; stderr: " + stderr());
	}

	String stderr() {
		try {
			return Files.readString(stderr);
		} catch (IOException e) {
			return "(unreadable: " + e.getMessage() + ")";
		}
	}

	/** Output that was not a protocol frame; empty when the server kept standard output clean. */
	List<String> notFrames() {
		return List.copyOf(notFrames);
	}

	/** Asks the server to shut down and exit, and waits until it has. */
	@Override
	public void close() throws Exception {
		try {
			if (process.isAlive()) {
				request(Integer.MAX_VALUE, "shutdown", "null");
				notify("exit", "null");
				in.close();
			}
		} catch (IOException e) {
			// the server is already gone: nothing more to ask of it
		}
		if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			fail("the server did not exit after shutdown and exit");
		}
		reader.join(TimeUnit.SECONDS.toMillis(TIMEOUT_SECONDS));
		Files.deleteIfExists(stderr);
	}

	private void readFrames() {
		try (InputStream out = process.getInputStream()) {
			String header;
			while ((header = headerLine(out)) != null) {
				if (!header.startsWith("Content-Length: ")) {
					notFrames.add(header);
					continue;
				}
				int length = Integer.parseInt(header.substring("Content-Length: ".length()).trim());
				while (!(header = headerLine(out)).isEmpty()) {
					// further headers (Content-Type) say nothing the test needs
				}
				String body = new String(out.readNBytes(length), StandardCharsets.UTF_8);
				received.add(JsonParser.parseString(body).getAsJsonObject());
			}
		} catch (IOException | RuntimeException e) {
			notFrames.add("unreadable output: " + e);
		}
	}

	private static String headerLine(InputStream out) throws IOException {
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		int b;
		while ((b = out.read()) != -1 && b != '\n') {
			if (b != '\r') {
				line.write(b);
			}
		}
		return b == -1 && line.size() == 0 ? null : line.toString(StandardCharsets.UTF_8);
	}

	static String text(JsonObject message, String member) {
		JsonElement value = message.get(member);
		return value == null || !value.isJsonPrimitive() ? null : value.getAsString();
	}
}
