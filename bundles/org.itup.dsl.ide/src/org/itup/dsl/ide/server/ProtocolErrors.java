package org.itup.dsl.ide.server;

import java.util.concurrent.CancellationException;

import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

/**
 * Turns a request that failed into the error the editor is sent: one line saying what failed, no Java stack trace
 * in {@code data} (the stock handler puts one there and logs it again on standard error).
 */
final class ProtocolErrors {

	private final ProtocolLog log;

	ProtocolErrors(ProtocolLog log) {
		this.log = log;
	}

	ResponseError toResponseError(Throwable failure) {
		Throwable problem = unwrap(failure);
		if (problem instanceof ResponseErrorException answered) {
			return answered.getResponseError();
		}
		if (problem instanceof CancellationException) {
			return new ResponseError(ResponseErrorCode.RequestCancelled, "The request was cancelled.", null);
		}
		if (problem instanceof UnsupportedOperationException) {
			// how Xtext says that no service answers this method
			String message = problem.getMessage() == null ? "This method is not supported." : problem.getMessage();
			return new ResponseError(ResponseErrorCode.MethodNotFound, message, null);
		}
		String message = "The request failed: " + ProtocolLog.oneLine(problem);
		log.warning(message);
		return new ResponseError(ResponseErrorCode.InternalError, message, null);
	}

	private static Throwable unwrap(Throwable failure) {
		Throwable problem = failure;
		while ((problem instanceof java.util.concurrent.CompletionException
				|| problem instanceof java.util.concurrent.ExecutionException) && problem.getCause() != null) {
			problem = problem.getCause();
		}
		return problem;
	}
}
