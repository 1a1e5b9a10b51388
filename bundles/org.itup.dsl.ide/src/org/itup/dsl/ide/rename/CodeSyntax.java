package org.itup.dsl.ide.rename;

import java.io.StringReader;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.parser.IParser;

import com.google.inject.Inject;

/**
 * Whether a new name is a code the plan language accepts where the renamed element's name stands. The grammar's
 * own rule for that name (a goal's {@code Code}, a plan's {@code PlanName}) decides, so a rename can never write
 * {@code a b}, {@code x"; plan evil} or nothing at all into the plan.
 */
public class CodeSyntax {

	@Inject
	private IParser parser;

	/** @return why the name cannot be used, or null when it is a well-formed code */
	public String refusal(EObject element, String newName) {
		if (newName == null || newName.isEmpty()) {
			return "the new code is empty.";
		}
		ParserRule rule = nameRule(element);
		if (rule == null) {
			return null; // the element's name has no node to learn the rule from: the clash check still applies
		}
		IParseResult parsed = parser.parse(rule, new StringReader(newName));
		if (parsed.hasSyntaxErrors() || parsed.getRootNode().getLength() != newName.length()) {
			return "'" + newName + "' is not a code. A code is letters, digits and underscores, in parts joined by"
					+ " '.' or '-' (such as 1, R.1 or R.1-a), and is not a keyword of the language.";
		}
		return null;
	}

	private static ParserRule nameRule(EObject element) {
		EStructuralFeature name = element.eClass().getEStructuralFeature("name");
		if (name == null) {
			return null;
		}
		for (INode node : NodeModelUtils.findNodesForFeature(element, name)) {
			if (node.getGrammarElement() instanceof RuleCall call && call.getRule() instanceof ParserRule rule) {
				return rule;
			}
		}
		return null;
	}
}
