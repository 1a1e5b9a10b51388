package org.itup.dsl.parser;

import java.util.Map;

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

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		SyntaxErrorMessage message = super.getSyntaxErrorMessage(context);
		return new SyntaxErrorMessage(inPlanWords(message.getMessage()), message.getIssueCode(),
				message.getIssueData());
	}

	static String inPlanWords(String message) {
		String result = message;
		for (Map.Entry<String, String> token : TOKEN_WORDS.entrySet()) {
			result = result.replace(token.getKey(), token.getValue());
		}
		return result;
	}
}
