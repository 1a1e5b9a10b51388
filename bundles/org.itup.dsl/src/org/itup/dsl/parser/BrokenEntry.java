package org.itup.dsl.parser;

import java.util.BitSet;
import java.util.List;
import java.util.Map;

import org.antlr.runtime.CommonToken;
import org.antlr.runtime.MismatchedTokenException;
import org.antlr.runtime.MissingTokenException;
import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.Token;
import org.antlr.runtime.UnwantedTokenException;
import org.eclipse.xtext.Grammar;
import org.eclipse.xtext.Group;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * Finds the tokens of the broken entry around a syntax error: from the word that cannot stand where it is to the
 * next word that starts an entry of the same block (what may start one comes from {@link PlanBlocks}) or the block's
 * closing '}'; braces in between are skipped whole, so nothing inside a broken block is read as an entry of the
 * block around it. When the error is at a word that does start an entry (or at the '}'), the entry before it is the
 * broken one: it lacks its end.
 */
final class BrokenEntry {

	private final List<Token> tokens;
	private final Map<Integer, String> names;
	private final Grammar grammar;
	private final BitSet skipped;
	private final int open;
	private final int close;

	BrokenEntry(List<Token> tokens, Map<Integer, String> names, Grammar grammar, BitSet skipped) {
		this.tokens = tokens;
		this.names = names;
		this.grammar = grammar;
		this.skipped = skipped;
		this.open = typeOf(names, "'{'");
		this.close = typeOf(names, "'}'");
	}

	/** Errors the parser repaired in place (one token dropped or inserted) need no skipping, except at the end. */
	static boolean needsSkipping(RecognitionException e) {
		if (e.token == null || e.token.getType() == Token.EOF || e.token.getTokenIndex() < 0) {
			return false;
		}
		if (e instanceof UnwantedTokenException) {
			return false;
		}
		return !(e instanceof MissingTokenException missing) || missing.expecting == Token.EOF;
	}

	static int typeOf(Map<Integer, String> names, String name) {
		return names.entrySet().stream().filter(entry -> entry.getValue().equals(name)).mapToInt(Map.Entry::getKey)
				.findFirst().orElse(-1);
	}

	/** The token indexes [from, to) of the broken entry at the error's token; empty if there is none to set aside. */
	int[] around(int error, ICompositeNode root) {
		int brace = openingBrace(error);
		PlanBlocks.Block block = brace >= 0 ? blockOpenedAt(brace, root) : topLevel();
		if (!startsEntry(error, block) && tokens.get(error).getType() != close) {
			return new int[] { error, nextEntry(error, block) };
		}
		int from = error;
		int depth = 0;
		for (int index = error - 1; index > brace; index--) {
			if (!visible(index)) {
				continue;
			}
			int type = tokens.get(index).getType();
			depth += type == close ? 1 : type == open ? -1 : 0;
			if (depth == 0 && startsEntry(index, block)) {
				from = index;
				break;
			}
		}
		return new int[] { from, error };
	}

	private int openingBrace(int error) {
		int depth = 0;
		for (int index = error - 1; index >= 0; index--) {
			if (!visible(index)) {
				continue;
			}
			int type = tokens.get(index).getType();
			if (type == close) {
				depth++;
			} else if (type == open && depth-- == 0) {
				return index;
			}
		}
		return -1;
	}

	private int nextEntry(int error, PlanBlocks.Block block) {
		int depth = 0;
		for (int index = error + 1; index < tokens.size(); index++) {
			if (!visible(index)) {
				continue;
			}
			int type = tokens.get(index).getType();
			if (type == open) {
				depth++;
			} else if (type == close && depth-- == 0) {
				return index;
			} else if (depth == 0 && startsEntry(index, block)) {
				return index;
			}
		}
		return tokens.size();
	}

	/** The block the '{' opens, as the parse read it; null (no entry known) when the parse skipped that brace. */
	private PlanBlocks.Block blockOpenedAt(int brace, ICompositeNode root) {
		ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(root, ((CommonToken) tokens.get(brace)).getStartIndex());
		if (leaf != null && leaf.getGrammarElement() instanceof Keyword keyword && keyword.eContainer() instanceof Group) {
			return PlanBlocks.openedBy(keyword);
		}
		return null;
	}

	/** The top level of the root rule (Plan or OperationalPlan) whose first word the file starts with. */
	private PlanBlocks.Block topLevel() {
		String first = null;
		for (int index = 0; index < tokens.size() && first == null; index++) {
			first = visible(index) ? tokens.get(index).getText() : null;
		}
		ParserRule entry = (ParserRule) grammar.getRules().get(0);
		for (RuleCall call : org.eclipse.xtext.EcoreUtil2.getAllContentsOfType(entry, RuleCall.class)) {
			if (call.getRule() instanceof ParserRule rule && rule.getAlternatives() instanceof Group group
					&& group.getElements().get(0) instanceof Keyword keyword && keyword.getValue().equals(first)) {
				return PlanBlocks.topLevel(rule);
			}
		}
		return null;
	}

	private boolean startsEntry(int index, PlanBlocks.Block block) {
		if (block == null) {
			return false;
		}
		String name = names.get(tokens.get(index).getType());
		if (name == null) {
			return false;
		}
		if (name.length() > 2 && name.startsWith("'")) {
			return block.keywords().contains(name.substring(1, name.length() - 1));
		}
		return name.startsWith("RULE_") && block.terminals().contains(name.substring("RULE_".length()));
	}

	/** A token the parser reads: not white space or a comment, not already set aside. */
	private boolean visible(int index) {
		if (skipped.get(index)) {
			return false;
		}
		String name = names.get(tokens.get(index).getType());
		return !"RULE_WS".equals(name) && !"RULE_ML_COMMENT".equals(name) && !"RULE_SL_COMMENT".equals(name);
	}
}
