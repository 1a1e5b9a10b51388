package org.itup.dsl.ide.quickfix;

import java.util.List;

import org.itup.dsl.validation.IssueCodes;
import org.itup.dsl.validation.TranslationValidator;
import org.eclipse.xtext.EcoreUtil2;
import org.itup.model.GlossaryTerm;
import org.itup.model.Plan;

/**
 * Adds an empty placeholder {@code <language> ""} for every missing language of a glossary term (the plan's, or
 * the six UN languages), before its
 * closing brace, for a translator to fill in.
 */
final class TranslationPlaceholderFix implements IssueFix {

	/** The parts of the term's plan among the files the editor has loaded, so a header in another file counts. */
	private static List<Plan> partsOf(GlossaryTerm term) {
		Plan own = EcoreUtil2.getContainerOfType(term, Plan.class);
		if (own == null || own.getName() == null || own.eResource() == null
				|| own.eResource().getResourceSet() == null) {
			return own == null ? List.of() : List.of(own);
		}
		return own.eResource().getResourceSet().getResources().stream()
				.filter(resource -> !resource.getContents().isEmpty()
						&& resource.getContents().get(0) instanceof Plan part && own.getName().equals(part.getName()))
				.map(resource -> (Plan) resource.getContents().get(0)).toList();
	}

	@Override
	public List<String> codes() {
		return List.of(IssueCodes.MISSING_TRANSLATION);
	}

	@Override
	public List<PlanQuickFix> fixes(FixContext context) {
		GlossaryTerm term = context.element(GlossaryTerm.class);
		int brace = term == null ? -1 : PlanText.closingBrace(term);
		List<String> missing = term == null ? List.of()
				: TranslationValidator.missingLanguages(term, TranslationValidator.glossaryLanguages(partsOf(term)));
		if (brace < 0 || missing.isEmpty() || term.getTranslations().isEmpty()) {
			return List.of();
		}
		String text = context.text();
		int lastTranslation = PlanText.node(term.getTranslations().get(term.getTranslations().size() - 1))
				.getOffset();
		String indent = PlanText.indentOfLine(text, lastTranslation);
		StringBuilder lines = new StringBuilder();
		missing.forEach(language -> lines.append(indent).append(language).append(" \"\"\n"));
		int at = PlanText.lineStart(text, brace);
		if (!text.substring(at, brace).isBlank()) {
			lines.insert(0, '\n');
			at = brace;
		}
		return List.of(PlanQuickFix.of("Add placeholders for " + String.join(", ", missing),
				PlanTextEdit.insert(at, lines.toString())));
	}
}
