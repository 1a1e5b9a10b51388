package org.itup.dsl.formatting2;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.EnumLiteralDeclaration;
import org.eclipse.xtext.EnumRule;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.formatting2.regionaccess.IHiddenRegion;
import org.eclipse.xtext.formatting2.regionaccess.IHiddenRegionPart;
import org.eclipse.xtext.formatting2.regionaccess.IWhitespace;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;

/** What the plan formatter needs to know about neighbouring tokens. */
final class PlanTokens {

	private PlanTokens() {
	}

	/**
	 * Line breaks before the first comment: formatting sets the space in front of a comment, and the comment keeps
	 * its own line end.
	 */
	static int lineBreaks(IHiddenRegion region) {
		List<IHiddenRegionPart> parts = region.getParts();
		if (parts.isEmpty() || !(parts.get(0) instanceof IWhitespace space)) {
			return 0;
		}
		return (int) space.getText().chars().filter(c -> c == '\n').count();
	}

	/** Where a line ends: where the author broke it, after an opening brace and before a closing one. */
	static boolean breaksLine(IHiddenRegion region) {
		ISemanticRegion before = region.getPreviousSemanticRegion();
		ISemanticRegion after = region.getNextSemanticRegion();
		return region.isMultiline() || before != null && "{".equals(before.getText())
				|| after != null && "}".equals(after.getText());
	}

	/** Punctuation written without a space on one side: {@code 1, 2} and {@code 9.c (9.c.1)}. */
	static boolean hugs(ISemanticRegion token, ISemanticRegion next) {
		return ",".equals(next.getText()) || ")".equals(next.getText()) || "(".equals(token.getText());
	}

	/**
	 * True between the parts of one code ({@code R}, {@code .}, {@code 1}): codes allow no space inside, and the
	 * parser reads {@code R .1} as two codes.
	 */
	static boolean insideCode(ISemanticRegion token, ISemanticRegion next, IHiddenRegion between) {
		return between.getLength() == 0 && isCodePart(token) && isCodePart(next);
	}

	private static boolean isCodePart(ISemanticRegion token) {
		EObject grammarElement = token.getGrammarElement();
		AbstractRule rule = grammarElement instanceof RuleCall call ? GrammarUtil.containingRule(call)
				: grammarElement instanceof Keyword keyword ? GrammarUtil.containingRule(keyword) : null;
		return rule instanceof ParserRule parserRule && GrammarUtil.isDatatypeRule(parserRule);
	}

	/**
	 * A line continues the previous one when it starts with a value (not a keyword) of the same element, as in a
	 * value's statement written under its title, or when the previous line ends with a comma: a list of goals or
	 * of SDG targets broken over lines.
	 */
	static boolean continues(ISemanticRegion token, ISemanticRegion next) {
		return !isKeyword(next) && !"{".equals(token.getText())
				&& (",".equals(token.getText()) || next.getSemanticElement() == token.getSemanticElement());
	}

	/** Keywords, and the words of enumerations ({@code level}, {@code sector}, {@code avoidance}). */
	private static boolean isKeyword(ISemanticRegion token) {
		EObject element = token.getGrammarElement();
		return element instanceof Keyword || element instanceof EnumLiteralDeclaration
				|| element instanceof RuleCall call && call.getRule() instanceof EnumRule;
	}

	/** The space at the end of the line that {@code first} starts. */
	static IHiddenRegion endOfLine(ISemanticRegion first) {
		IHiddenRegion after = first.getNextHiddenRegion();
		while (!breaksLine(after) && after.getNextSemanticRegion() != null) {
			after = after.getNextSemanticRegion().getNextHiddenRegion();
		}
		return after;
	}
}
