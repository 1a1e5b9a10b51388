package org.itup.dsl.parser;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.antlr.runtime.MismatchedTokenException;
import org.antlr.runtime.MissingTokenException;
import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.Token;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;
import org.itup.analysis.vocabulary.PlanVocabulary;
import org.itup.dsl.vocabulary.LevelKeywords;
import org.itup.model.ItupFactory;
import org.itup.model.LevelName;
import org.itup.model.PlanLevel;
import org.itup.model.Vocabulary;

import com.google.inject.Inject;

/**
 * Syntax errors in words planners use. A word that cannot stand where it was written is named with what may stand
 * there, read from the grammar ({@link PlanBlocks}): "`budgett` cannot stand in an output; an output may contain:
 * indicator". A word a letter or two from an allowed one gets a did-you-mean. Token names (RULE_INT, RULE_STRING)
 * become "a number" or "a quoted text"; no message quotes the parser's own wording. A level's block is named in the
 * words the file's vocabulary declares ("`budget` cannot stand in an activity"), and only its own keywords are
 * offered.
 */
public class PlanSyntaxErrorMessages extends SyntaxErrorMessageProvider {

	private static final Map<String, String> TOKEN_WORDS = Map.of(
			"RULE_INT", "a number",
			"RULE_STRING", "a quoted text",
			"RULE_ID", "a name",
			"'<EOF>'", "the end of the file",
			"<EOF>", "the end of the file",
			"EOF", "the end of the file");

	/** How much of an offending token a message quotes: enough to find it, not a megabyte of it. */
	public static final int QUOTED_TOKEN_LENGTH = 40;

	/** How many edits a misspelt keyword may be from the one meant, at most. */
	private static final int MOST_EDITS = 2;

	@Inject
	private LevelKeywords levelKeywords;

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		SyntaxErrorMessage message = super.getSyntaxErrorMessage(context);
		RecognitionException problem = context.getRecognitionException();
		String text = problem == null ? inPlanWords(message.getMessage()) : inPlanWords(problem, context);
		return new SyntaxErrorMessage(text, message.getIssueCode(), message.getIssueData());
	}

	private String inPlanWords(RecognitionException problem, IParserErrorContext context) {
		String found = found(problem.token);
		String[] tokenNames = context.getTokenNames();
		int expected = problem instanceof MismatchedTokenException mismatch ? mismatch.expecting : -1;
		String expectedName = expected >= 0 && expected < tokenNames.length ? tokenNames[expected] : null;
		boolean closing = expected == Token.EOF || "'}'".equals(expectedName);
		PlanBlocks.Block block = closing || !(problem instanceof MismatchedTokenException)
				? enclosingBlock(context.getCurrentNode())
				: null;
		if (block != null && problem.token != null && problem.token.getType() != Token.EOF) {
			PlanBlocks.Block inWords = block.inWords(vocabularyOf(context.getCurrentNode()), levelKeywords::levelOf);
			return cannotStand(problem.token, found, inWords, tokenNames);
		}
		if (problem instanceof MissingTokenException && expectedName != null) {
			return tokenWord(expectedName) + " is missing before " + found;
		}
		if (expectedName != null) {
			return found + " cannot stand here; " + tokenWord(expectedName) + " must come here";
		}
		return found + " cannot stand here";
	}

	/** "`budgett` cannot stand in an output; an output may contain: indicator (did you mean `budget`?)". */
	private static String cannotStand(Token token, String found, PlanBlocks.Block block, String[] tokenNames) {
		String text = token.getText();
		boolean notAWord = token.getType() >= 0 && token.getType() < tokenNames.length
				&& "RULE_ID".equals(tokenNames[token.getType()]);
		String start = block.topLevel() && notAWord ? found + " is not a word of the plan language here"
				: found + " cannot stand " + block.where();
		return start + "; " + block.mayContain() + didYouMean(text, block);
	}

	private static String didYouMean(String written, PlanBlocks.Block block) {
		if (written == null) {
			return "";
		}
		String compared = written.toLowerCase(Locale.ROOT);
		List<String> nearest = new ArrayList<>();
		block.keywords().stream()
				.filter(keyword -> !keyword.equals(compared) && EditDistance.between(compared, keyword) <= MOST_EDITS
						&& keyword.length() > MOST_EDITS)
				.sorted(Comparator.comparingInt((String keyword) -> EditDistance.between(compared, keyword))
						.thenComparing(Comparator.naturalOrder()))
				.limit(2)
				.forEach(keyword -> nearest.add("`" + keyword + "`"));
		return nearest.isEmpty() ? "" : " (did you mean " + String.join(" or ", nearest) + "?)";
	}

	/**
	 * The innermost block the parser is in when the error is found: a block whose '{' it has read and whose '}' it
	 * has not, else the top level of the file. The parser may have left the block's rule already (the loop of
	 * entries ended at the unknown word), so the last entries read are looked at first.
	 */
	static PlanBlocks.Block enclosingBlock(INode current) {
		if (current == null) {
			return null;
		}
		Deque<ICompositeNode> candidates = new ArrayDeque<>();
		for (ICompositeNode node = lastComposite(current); node != null && node != current; node = node.getParent()) {
			candidates.addLast(node);
		}
		for (INode node = current; node != null; node = node.getParent()) {
			if (node instanceof ICompositeNode composite) {
				candidates.addLast(composite);
			}
		}
		for (ICompositeNode candidate : candidates) {
			PlanBlocks.Block block = openBlock(candidate);
			if (block != null) {
				return block;
			}
		}
		return null;
	}

	/**
	 * The vocabulary the file declares in its header, read from the nodes the parser has built so far (the header
	 * comes before any block; the model's objects are not all linked to their nodes while it parses); the ITU words
	 * when it declares none. A part of a plan whose vocabulary another file declares is parsed alone, so its syntax
	 * errors use the default words.
	 */
	private static PlanVocabulary vocabularyOf(INode current) {
		ICompositeNode declaration = current == null ? null : vocabularyNode(current.getRootNode());
		if (declaration == null) {
			return PlanVocabulary.DEFAULT;
		}
		Vocabulary vocabulary = ItupFactory.eINSTANCE.createVocabulary();
		for (INode child : declaration.getChildren()) {
			if (child instanceof ICompositeNode entry && isCallOf(entry, "LevelName")) {
				levelName(entry).ifPresent(vocabulary.getLevels()::add);
			}
		}
		return PlanVocabulary.of(vocabulary);
	}

	/** The vocabulary block: an entry of the plan's node, which the file's node holds, under the root. */
	private static ICompositeNode vocabularyNode(ICompositeNode node) {
		return vocabularyNode(node, 3);
	}

	private static ICompositeNode vocabularyNode(ICompositeNode node, int depth) {
		for (INode child : node.getChildren()) {
			if (child instanceof ICompositeNode composite) {
				ICompositeNode found = isCallOf(composite, "Vocabulary") ? composite
						: depth > 1 ? vocabularyNode(composite, depth - 1) : null;
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private static boolean isCallOf(ICompositeNode node, String ruleName) {
		return node.getGrammarElement() instanceof RuleCall call && ruleName.equals(call.getRule().getName());
	}

	/** {@code output "activity", "activities" written service}, read from its words. */
	private static Optional<LevelName> levelName(ICompositeNode entry) {
		List<String> words = new ArrayList<>();
		for (ILeafNode leaf : entry.getLeafNodes()) {
			if (!leaf.isHidden()) {
				words.add(leaf.getText());
			}
		}
		PlanLevel level = words.isEmpty() ? null : PlanLevel.get(words.get(0));
		if (level == null || words.size() < 4 || !",".equals(words.get(2))) {
			return Optional.empty();
		}
		LevelName name = ItupFactory.eINSTANCE.createLevelName();
		name.setLevel(level);
		name.setSingular(unquoted(words.get(1)));
		name.setPlural(unquoted(words.get(3)));
		if (words.size() >= 6 && "written".equals(words.get(4))) {
			name.setKeyword(words.get(5));
		}
		return Optional.of(name);
	}

	private static String unquoted(String text) {
		return text.length() >= 2 && (text.startsWith("\"") || text.startsWith("'"))
				? text.substring(1, text.length() - 1)
				: text;
	}

	private static ICompositeNode lastComposite(INode node) {
		ICompositeNode deepest = node instanceof ICompositeNode composite ? composite : null;
		while (deepest != null && deepest.getLastChild() instanceof ICompositeNode child) {
			deepest = child;
		}
		return deepest;
	}

	private static PlanBlocks.Block openBlock(ICompositeNode node) {
		Deque<Keyword> open = new ArrayDeque<>();
		for (INode child : node.getChildren()) {
			if (child instanceof ILeafNode leaf && leaf.getGrammarElement() instanceof Keyword keyword) {
				if ("{".equals(keyword.getValue()) && keyword.eContainer() instanceof org.eclipse.xtext.Group) {
					open.push(keyword);
				} else if ("}".equals(keyword.getValue()) && !open.isEmpty()) {
					open.pop();
				}
			}
		}
		if (!open.isEmpty()) {
			return PlanBlocks.openedBy(open.peek());
		}
		EObject element = node.getGrammarElement();
		if (element instanceof RuleCall call && call.getRule() instanceof ParserRule rule
				&& isTopLevel(call)) {
			return PlanBlocks.topLevel(rule);
		}
		return null;
	}

	/** A rule the file's first rule calls directly: Plan or OperationalPlan. */
	private static boolean isTopLevel(RuleCall call) {
		ParserRule caller = GrammarUtil.containingParserRule(call);
		return caller != null && GrammarUtil.getGrammar(caller).getRules().get(0) == caller;
	}

	private static String found(Token token) {
		if (token == null || token.getType() == Token.EOF) {
			return "the end of the file";
		}
		return "`" + shortened(token.getText()) + "`";
	}

	/** A long offending token cut to its start and an ellipsis. */
	static String shortened(String token) {
		if (token == null || token.length() <= QUOTED_TOKEN_LENGTH) {
			return token;
		}
		return token.substring(0, QUOTED_TOKEN_LENGTH) + "...";
	}

	/** A token's name in plan words: '}' becomes `}`, RULE_INT "a number". */
	static String tokenWord(String tokenName) {
		String word = TOKEN_WORDS.get(tokenName);
		if (word != null) {
			return word;
		}
		if (tokenName.length() > 2 && tokenName.startsWith("'") && tokenName.endsWith("'")) {
			return "`" + tokenName.substring(1, tokenName.length() - 1) + "`";
		}
		return tokenName.startsWith("RULE_") ? "a " + tokenName.substring(5).toLowerCase(Locale.ROOT) : tokenName;
	}

	static String inPlanWords(String message) {
		String result = message;
		for (Map.Entry<String, String> token : TOKEN_WORDS.entrySet()) {
			result = result.replace(token.getKey(), token.getValue());
		}
		return result;
	}
}
