package org.itup.dsl.parser;

import java.util.Map;

import org.antlr.runtime.RecognitionException;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;

/**
 * Syntax errors in words planners use: the parser's token names (RULE_INT, RULE_STRING) become "a number" or
 * "a quoted text".
 */
public class PlanSyntaxErrorMessages extends SyntaxErrorMessageProvider {

	private static final Map<String, String> TOKEN_WORDS = Map.of(
			"RULE_INT", "a number",
			"RULE_STRING", "a quoted text",
			"RULE_ID", "a name",
			"'<EOF>'", "the end of the file",
			"<EOF>", "the end of the file");

	/** How much of an offending token a message quotes: enough to find it, not a megabyte of it. */
	public static final int QUOTED_TOKEN_LENGTH = 40;

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		SyntaxErrorMessage message = super.getSyntaxErrorMessage(context);
		String text = shortened(inPlanWords(message.getMessage()), offendingToken(context));
		return new SyntaxErrorMessage(text, message.getIssueCode(), message.getIssueData());
	}

	private static String offendingToken(IParserErrorContext context) {
		RecognitionException problem = context.getRecognitionException();
		return problem == null || problem.token == null ? null : problem.token.getText();
	}

	/** The message with a long offending token cut to its start and an ellipsis. */
	static String shortened(String message, String token) {
		if (token == null || token.length() <= QUOTED_TOKEN_LENGTH || message == null) {
			return message;
		}
		return message.replace(token, token.substring(0, QUOTED_TOKEN_LENGTH) + "...");
	}

	static String inPlanWords(String message) {
		String result = message;
		for (Map.Entry<String, String> token : TOKEN_WORDS.entrySet()) {
			result = result.replace(token.getKey(), token.getValue());
		}
		return result;
	}
}
