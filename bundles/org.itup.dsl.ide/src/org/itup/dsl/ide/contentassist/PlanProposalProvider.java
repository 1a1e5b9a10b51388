package org.itup.dsl.ide.contentassist;

import java.util.Set;

import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.itup.analysis.reference.SdgCodes;
import org.itup.analysis.reference.WsisActionLines;
import org.itup.dsl.ide.reference.ReferenceTitles;

import com.google.inject.Inject;

/**
 * Completion beyond keywords and cross-references: official SDG and WSIS codes with their titles where a code is
 * expected, and templates for a new goal, target, objective or risk where its keyword may start.
 */
public class PlanProposalProvider extends IdeContentProposalProvider {

	private static final Set<String> WSIS_FEATURES = Set.of("wsisActionLines");

	private static final Set<String> SDG_INDICATOR_FEATURES = Set.of("indicators", "sdgCustodianIndicators");

	@Inject
	private ReferenceTitles titles;

	@Override
	protected void _createProposals(Assignment assignment, ContentAssistContext context,
			IIdeContentProposalAcceptor acceptor) {
		String rule = GrammarUtil.containingParserRule(assignment).getName();
		String feature = assignment.getFeature();
		if (WSIS_FEATURES.contains(feature)) {
			offerCodes(WsisActionLines.all().keySet(), context, acceptor);
		} else if ("SdgLink".equals(rule) && "target".equals(feature)) {
			offerCodes(SdgCodes.official().targets(), context, acceptor);
		} else if (("SdgLink".equals(rule) || "Plan".equals(rule)) && SDG_INDICATOR_FEATURES.contains(feature)) {
			offerCodes(SdgCodes.official().indicators(), context, acceptor);
		} else {
			super._createProposals(assignment, context, acceptor);
		}
	}

	@Override
	protected void _createProposals(Keyword keyword, ContentAssistContext context,
			IIdeContentProposalAcceptor acceptor) {
		super._createProposals(keyword, context, acceptor);
		ParserRule rule = GrammarUtil.containingParserRule(keyword);
		String template = rule == null ? null : PlanTemplates.BY_RULE.get(rule.getName());
		// 'goal' also appears inside an objective ("primary goal 1"); only the keyword opening the rule starts one
		if (template == null || !keyword.getValue().equals(firstKeyword(rule))) {
			return;
		}
		ContentAssistEntry entry = getProposalCreator().createSnippet(template, PlanTemplates.label(keyword.getValue()),
				context);
		if (entry != null) {
			entry.setKind(ContentAssistEntry.KIND_SNIPPET);
			acceptor.accept(entry, getProposalPriorities().getDefaultPriority(entry));
		}
	}

	private static String firstKeyword(ParserRule rule) {
		return GrammarUtil.containedKeywords(rule).stream().findFirst().map(Keyword::getValue).orElse(null);
	}

	private void offerCodes(Iterable<String> codes, ContentAssistContext context,
			IIdeContentProposalAcceptor acceptor) {
		for (String code : codes) {
			ContentAssistEntry entry = getProposalCreator().createProposal(code, context);
			if (entry != null) {
				String title = titles.title(code).orElse(null);
				entry.setLabel(title == null ? code : code + " - " + title);
				entry.setKind(ContentAssistEntry.KIND_VALUE);
				acceptor.accept(entry, getProposalPriorities().getDefaultPriority(entry));
			}
		}
	}
}
