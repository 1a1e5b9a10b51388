package org.itup.dsl.ide.contentassist;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.itup.analysis.vocabulary.PlanVocabulary;
import org.itup.dsl.ide.labels.PlanLabels;
import org.itup.dsl.vocabulary.PlanWords;

import com.google.inject.Inject;

/**
 * Offers a goal, objective or output as {@code code - title}, so a planner picks "3 - Sustainability" rather than
 * a bare "3"; the text inserted stays the bare code the plan is written with.
 */
public class PlanCrossrefProposals extends IdeCrossrefProposalProvider {

	@Inject
	private PlanWords words;

	@Override
	protected ContentAssistEntry createProposal(IEObjectDescription candidate, CrossReference crossRef,
			ContentAssistContext context) {
		EObject element = EcoreUtil.resolve(candidate.getEObjectOrProxy(), context.getResource());
		String code = PlanLabels.code(element);
		// the scope holds each element twice, by bare code and fully qualified; the plan is written with bare codes
		if (element.eIsProxy() || code == null
				|| !candidate.getName().equals(getQualifiedNameConverter().toQualifiedName(code))) {
			return null;
		}
		ContentAssistEntry entry = super.createProposal(candidate, crossRef, context);
		if (entry != null) {
			entry.setLabel(PlanLabels.label(element));
			entry.setDescription(PlanVocabulary.levelOf(element).map(level -> words.of(element).oneTitle(level))
					.orElse(element.eClass().getName()));
		}
		return entry;
	}
}
