package org.itup.dsl.validation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.validation.Check;
import org.itup.model.GlossaryTerm;
import org.itup.model.ItupPackage;
import org.itup.model.Plan;
import org.itup.model.Translation;

/**
 * Glossary terms are given in the plan's languages (the six official UN languages unless the plan names others) or
 * in none: a term translated into some of them only is
 * incomplete. A language the source has no usable text for is written as {@code <language> unavailable}.
 */
public class TranslationValidator extends PlanRules {

	/** The six official languages of the United Nations, in the UN's order. */
	public static final List<String> UN_LANGUAGES = List.of("ar", "zh", "en", "fr", "ru", "es");

	@Check
	public void checkAllLanguagesGiven(GlossaryTerm term) {
		if (term.getTranslations().isEmpty() || term.getTerm() == null) {
			return;
		}
		List<String> missing = missingLanguages(term);
		if (!missing.isEmpty()) {
			finding("The term '" + term.getTerm() + "' has no translation in " + String.join(", ", missing)
					+ ": add them, or write '<language> unavailable' when the source has none.",
					ItupPackage.Literals.GLOSSARY_TERM__TERM, IssueCodes.MISSING_TRANSLATION,
					missing.toArray(String[]::new));
		}
	}

	@Check
	public void checkLanguageIsUnLanguage(Translation translation) {
		String language = translation.getLanguage();
		List<String> languages = languagesOf(translation);
		if (language == null || languages.contains(language)) {
			return;
		}
		if (languages == UN_LANGUAGES) {
			finding("'" + language + "' is not one of the six UN languages (ar, zh, en, fr, ru, es): a plan "
					+ "written in others names them in its header, e.g. 'languages en, fr, sw'.",
					ItupPackage.Literals.TRANSLATION__LANGUAGE, IssueCodes.UNKNOWN_LANGUAGE);
		} else {
			finding("'" + language + "' is not one of the plan's languages (" + String.join(", ", languages) + ").",
					ItupPackage.Literals.TRANSLATION__LANGUAGE, IssueCodes.UNKNOWN_LANGUAGE);
		}
	}

	/** The plan's glossary languages: those its header names, else the six UN languages. */
	private List<String> languagesOf(org.eclipse.emf.ecore.EObject element) {
		GlossaryLanguages declared = planFact(element, GlossaryLanguages.class,
				plan -> new GlossaryLanguages(glossaryLanguages(plan.parts())));
		return declared == null ? UN_LANGUAGES : declared.languages();
	}

	/** The languages the first of the parts that names any names; the six UN languages when none does. */
	public static List<String> glossaryLanguages(List<Plan> parts) {
		return parts.stream().map(part -> List.copyOf(part.getLanguages())).filter(list -> !list.isEmpty())
				.findFirst().orElse(UN_LANGUAGES);
	}

	private record GlossaryLanguages(List<String> languages) {
	}

	private List<String> missingLanguages(GlossaryTerm term) {
		return missingLanguages(term, languagesOf(term));
	}

	public static List<String> missingLanguages(GlossaryTerm term, List<String> languages) {
		List<String> missing = new ArrayList<>(languages);
		for (Translation translation : term.getTranslations()) {
			missing.remove(translation.getLanguage());
		}
		return missing;
	}
}
