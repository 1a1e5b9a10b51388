package org.itup.dsl.serializer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.Keyword;
import org.itup.dsl.services.ItupGrammarAccess;
import org.itup.dsl.services.ItupGrammarAccess.ObjectiveElements;

import com.google.inject.Inject;

/** The grammar of an objective's linkage clauses: {@code primary goals 1, 2} and {@code secondary goal 3}. */
class LinkageClauses {

	private final ObjectiveElements objective;

	@Inject
	LinkageClauses(ItupGrammarAccess grammar) {
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
}
