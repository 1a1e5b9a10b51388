package org.itup.dsl.ide.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.eclipse.lsp4j.jsonrpc.JsonRpcException;
import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.MessageIssueException;
import org.eclipse.lsp4j.jsonrpc.MessageIssueHandler;
import org.eclipse.lsp4j.jsonrpc.MessageProducer;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.messages.Message;

/**
 * Reads the editor's messages frame by frame: the whole body a {@code Content-Length} announces is read before it
 * is parsed, so a body that is not a JSON-RPC message costs only itself. LSP4J's own reader parses straight from
 * the stream and, when the parser gives up half-way, reads the rest of the body as headers: the server stayed up
 * but never understood another message.
 */
final class WholeFrameMessages implements MessageProducer {

	private static final String LENGTH_HEADER = "content-length:";

	private final InputStream input;

	private final MessageJsonHandler json;

	private final MessageIssueHandler issues;

	private final ProtocolLog log;

	WholeFrameMessages(InputStream input, MessageJsonHandler json, MessageIssueHandler issues, ProtocolLog log) {
		this.input = input;
		this.json = json;
		this.issues = issues;
		this.log = log;
	}

	@Override
	public void listen(MessageConsumer consumer) {
		try {
			int length;
			while ((length = nextBodyLength()) >= 0) {
				byte[] body = input.readNBytes(length);
				if (body.length < length) {
					return; // the editor closed the stream mid-message
				}
				deliver(new String(body, StandardCharsets.UTF_8), consumer);
			}
		} catch (IOException e) {
			throw new JsonRpcException(e);
		}
	}

	private void deliver(String body, MessageConsumer consumer) {
		Message message;
		try {
			message = json.parseMessage(body);
		} catch (MessageIssueException e) {
			issues.handle(e.getRpcMessage(), e.getIssues());
			return;
		} catch (RuntimeException e) {
			log.warning("skipped a message that is not JSON-RPC (" + body.length() + " characters): "
					+ ProtocolLog.oneLine(e));
			return;
		}
		try {
			consumer.consume(message);
		} catch (MessageIssueException e) {
			issues.handle(e.getRpcMessage(), e.getIssues());
		}
	}

	/** @return the length of the next body, or -1 at the end of the input; headers without a length are skipped */
	private int nextBodyLength() throws IOException {
		int length = -1;
		boolean anyHeader = false;
		String line;
		while ((line = readLine()) != null) {
			if (line.isEmpty()) {
				if (length >= 0) {
					return length;
				}
				if (anyHeader) {
					log.warning("skipped a message without a valid Content-Length header");
					anyHeader = false;
				}
				continue;
			}
			anyHeader = true;
			if (line.toLowerCase(Locale.ROOT).startsWith(LENGTH_HEADER)) {
				length = parseLength(line.substring(LENGTH_HEADER.length()).trim());
			}
		}
		return -1;
	}

	private static int parseLength(String value) {
		try {
			return Math.max(-1, Integer.parseInt(value));
		} catch (NumberFormatException e) {
			return -1;
		}
	}

	/** A header line without its CR LF, or null at the end of the input. */
	private String readLine() throws IOException {
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		int b;
		while ((b = input.read()) != -1 && b != '\n') {
			if (b != '\r') {
				line.write(b);
			}
		}
		return b == -1 && line.size() == 0 ? null : line.toString(StandardCharsets.US_ASCII);
	}
}
