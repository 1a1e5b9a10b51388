package org.itup.dsl.serializer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.parsetree.reconstr.impl.NodeIterator;
import org.itup.dsl.services.ItupGrammarAccess;
import org.itup.dsl.services.ItupGrammarAccess.ObjectiveElements;

import com.google.inject.Inject;

/**
 * The tokens of an objective's linkage clauses ({@code primary goals 1, 2}, {@code secondary goal 3}), in the grammar
 * and in the text the planner wrote.
 */
class LinkageTokens {

	private final ObjectiveElements objective;

	@Inject
	LinkageTokens(ItupGrammarAccess grammar) {
		objective = grammar.getObjectiveAccess();
	}

	boolean isClauseStart(Keyword keyword) {
		return keyword == objective.getPrimaryKeyword_5_0_0() || keyword == objective.getSecondaryKeyword_5_1_0();
	}

	boolean isObjectiveEnd(Keyword keyword) {
		return keyword == objective.getRightCurlyBracketKeyword_6();
	}

	/** True for every part of a clause: its words, its commas and its goal codes. */
	boolean isInClause(EObject grammarElement) {
		return grammarElement != null && (EcoreUtil.isAncestor(objective.getGroup_5_0(), grammarElement)
				|| EcoreUtil.isAncestor(objective.getGroup_5_1(), grammarElement));
	}

	/** A part of a linkage clause in the text, found where the serializer did not write one: it was taken out. */
	boolean isClausePart(INode token) {
		return isInClause(token.getGrammarElement())
				|| token.getParent() != null && isInClause(token.getParent().getGrammarElement());
	}

	boolean startsClause(INode token) {
		return token.getGrammarElement() instanceof Keyword keyword && isClauseStart(keyword);
	}

	/** True when the text has linkage tokens between two tokens that the serializer writes one after the other. */
	boolean removedBetween(INode previous, INode next) {
		NodeIterator following = new NodeIterator(previous);
		while (following.hasNext()) {
			if (following.next() instanceof ILeafNode leaf && !leaf.isHidden()) {
				return leaf.getOffset() < next.getOffset() && isClausePart(leaf);
			}
		}
		return false;
	}
}
