package org.itup.dsl.ide.server;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.concurrent.ExecutionException;

import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.MessageProducer;
import org.eclipse.lsp4j.jsonrpc.RemoteEndpoint;
import org.eclipse.lsp4j.jsonrpc.json.ConcurrentMessageProcessor;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LanguageServerImpl;

/**
 * The JSON-RPC connection between an editor and the plan language server: LSP4J's, with the editor's messages read
 * a whole frame at a time ({@link WholeFrameMessages}) and failures answered in one line ({@link ProtocolErrors}).
 */
final class PlanProtocol extends Launcher.Builder<LanguageClient> {

	private final ProtocolLog log;

	private MessageJsonHandler json;

	private RemoteEndpoint endpoint;

	private PlanProtocol(ProtocolLog log) {
		this.log = log;
	}

	/** Connects the server to the editor at the other end of the streams and serves until the input ends. */
	static void serve(LanguageServerImpl server, InputStream in, OutputStream out, PrintStream err) {
		ProtocolLog log = new ProtocolLog(err);
		log.takeOverLsp4jLogging();
		PlanProtocol protocol = new PlanProtocol(log);
		protocol.setLocalService(server).setRemoteInterface(LanguageClient.class).setInput(in).setOutput(out)
				.validateMessages(true).setExceptionHandler(new ProtocolErrors(log)::toResponseError);
		Launcher<LanguageClient> launcher = protocol.create();
		server.connect(launcher.getRemoteProxy());
		try {
			launcher.startListening().get();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		} catch (ExecutionException e) {
			log.warning("the connection to the editor broke: " + ProtocolLog.oneLine(e));
		}
	}

	@Override
	protected MessageJsonHandler createJsonHandler() {
		json = super.createJsonHandler();
		return json;
	}

	@Override
	protected RemoteEndpoint createRemoteEndpoint(MessageJsonHandler handler) {
		endpoint = super.createRemoteEndpoint(handler);
		return endpoint;
	}

	@Override
	protected ConcurrentMessageProcessor createMessageProcessor(MessageProducer stockReader,
			MessageConsumer consumer, LanguageClient client) {
		return new ConcurrentMessageProcessor(new WholeFrameMessages(input, json, endpoint, log), consumer);
	}
}
