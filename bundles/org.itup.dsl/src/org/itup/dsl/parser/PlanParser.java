package org.itup.dsl.parser;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.CharStream;
import org.antlr.runtime.CommonToken;
import org.antlr.runtime.Token;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.nodemodel.impl.NodeModelBuilder;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.parser.ParseException;
import org.eclipse.xtext.parser.ParseResult;
import org.eclipse.xtext.parser.antlr.IUnorderedGroupHelper;
import org.eclipse.xtext.parser.antlr.XtextTokenStream;
import org.itup.dsl.parser.antlr.ItupParser;
import org.itup.dsl.parser.antlr.internal.InternalItupParser;

/**
 * Parses a plan file so that one broken entry costs that entry only. The parser's own recovery leaves the block it
 * is in at the first word it does not expect: the entries after it in the block were lost (a risk's mitigation after
 * a misspelt line, so the risk "had no mitigation"), or, when the recovery stopped at a word that starts an entry of
 * an outer block, text inside the broken block became an element of its own (the `goal 1` of `primary goal 1` in a
 * misspelt block became a second goal 1, with duplicate-code and no-target findings about text that is correct).
 * <p>
 * So when a parse meets an error it cannot repair in place, the broken entry, from the unexpected word to the next
 * word that starts an entry of the same block (or the block's '}'), with any braces inside it, is read again as if it
 * were a comment, and the file is parsed anew; up to {@value #MOST_SKIPS} times. The syntax error found each time is
 * kept, at the place it was found, so the planner sees every error and every other entry is read as written.
 * Partial reparses (the Eclipse editor's, of one element) keep Xtext's own recovery.
 */
public class PlanParser extends ItupParser {

	/** How many broken entries are set aside at most; after that the parser's own recovery stands. */
	static final int MOST_SKIPS = 20;

	@Override
	protected IParseResult doParse(String ruleName, CharStream in, NodeModelBuilder builder, int initialLookAhead) {
		if (ruleName != null && !ruleName.equals(getDefaultRuleName())) {
			return super.doParse(ruleName, in, builder, initialLookAhead);
		}
		BitSet skipped = new BitSet();
		List<Found> found = new ArrayList<>();
		Pass pass = parseOnce(ruleName, in, builder, initialLookAhead, skipped);
		String text = pass.result().getRootNode().getText();
		while (pass.error() != null && found.size() < MOST_SKIPS) {
			BrokenEntry entry = new BrokenEntry(pass.tokens(), getTokenDefProvider().getTokenDefMap(),
					getGrammarAccess().getGrammar(), skipped);
			int[] range = entry.around(pass.error().token().getTokenIndex(), pass.result().getRootNode());
			if (range[0] >= range[1]) {
				break;
			}
			found.add(new Found(((CommonToken) pass.error().token()).getStartIndex(), pass.error().message()));
			skipped.set(range[0], range[1]);
			builder = createNodeModelBuilder();
			pass = parseOnce(ruleName, new ANTLRStringStream(text), builder, initialLookAhead, skipped);
		}
		return withErrors(pass.result(), found, builder);
	}

	private Pass parseOnce(String ruleName, CharStream in, NodeModelBuilder builder, int initialLookAhead,
			BitSet skipped) {
		XtextTokenStream tokens = createTokenStream(createLexer(in));
		tokens.initCurrentLookAhead(initialLookAhead);
		setInitialHiddenTokens(tokens);
		List<Token> all = readAll(tokens, skipped);
		RecordingParser parser = new RecordingParser(tokens, getGrammarAccess());
		parser.setTokenTypeMap(getTokenDefProvider().getTokenDefMap());
		parser.setSyntaxErrorProvider(getSyntaxErrorProvider());
		parser.setNodeModelBuilder(builder);
		parser.setSemanticModelBuilder(getElementFactory());
		IUnorderedGroupHelper helper = getUnorderedGroupHelper().get();
		parser.setUnorderedGroupHelper(helper);
		helper.initializeWith(parser);
		try {
			IParseResult result = ruleName != null ? parser.parse(ruleName) : parser.parse();
			return new Pass(result, all, parser.firstUnrepaired);
		} catch (Exception e) {
			throw new ParseException(e.getMessage(), e);
		}
	}

	/** Every token of the file, the set-aside ones turned into comments before the parser sees any of them. */
	@SuppressWarnings("unchecked")
	private List<Token> readAll(XtextTokenStream tokens, BitSet skipped) {
		List<Token> all = tokens.getTokens();
		int comment = BrokenEntry.typeOf(getTokenDefProvider().getTokenDefMap(), "RULE_ML_COMMENT");
		for (int index = skipped.nextSetBit(0); index >= 0 && index < all.size(); index = skipped.nextSetBit(index + 1)) {
			all.get(index).setType(comment);
		}
		return all;
	}

	/** The last parse's result with the errors of the entries set aside, each where it was found. */
	private static IParseResult withErrors(IParseResult result, List<Found> found, NodeModelBuilder builder) {
		if (found.isEmpty()) {
			return result;
		}
		for (Found error : found) {
			ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(result.getRootNode(), error.offset());
			if (leaf != null && leaf.getSyntaxErrorMessage() == null) {
				builder.setSyntaxError(leaf, error.message());
			}
		}
		return new ParseResult(result.getRootASTElement(), result.getRootNode(), true);
	}

	private record Pass(IParseResult result, List<Token> tokens, Unrepaired error) {
	}

	private record Found(int offset, SyntaxErrorMessage message) {
	}

	/** A syntax error the parser could not repair in place, and its message. */
	record Unrepaired(Token token, SyntaxErrorMessage message) {
	}

	/** The generated parser, noting the first error it cannot repair by inserting or dropping one token. */
	private static final class RecordingParser extends InternalItupParser {

		Unrepaired firstUnrepaired;

		RecordingParser(XtextTokenStream input, org.itup.dsl.services.ItupGrammarAccess grammarAccess) {
			super(input, grammarAccess);
		}

		@Override
		public SyntaxErrorMessage getSyntaxErrorMessage(org.antlr.runtime.RecognitionException e,
				String[] tokenNames) {
			SyntaxErrorMessage message = super.getSyntaxErrorMessage(e, tokenNames);
			if (firstUnrepaired == null && BrokenEntry.needsSkipping(e)) {
				firstUnrepaired = new Unrepaired(e.token, message);
			}
			return message;
		}
	}
}
