package org.itup.dsl.validation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.validation.Check;
import org.itup.model.GlossaryTerm;
import org.itup.model.ItupPackage;
import org.itup.model.Translation;

/**
 * Glossary terms are given in the six official UN languages or in none: a term translated into some of them only is
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
		if (language != null && !UN_LANGUAGES.contains(language)) {
			finding("'" + language + "' is not one of the six UN languages (ar, zh, en, fr, ru, es).",
					ItupPackage.Literals.TRANSLATION__LANGUAGE, IssueCodes.UNKNOWN_LANGUAGE);
		}
	}

	public static List<String> missingLanguages(GlossaryTerm term) {
		List<String> missing = new ArrayList<>(UN_LANGUAGES);
		for (Translation translation : term.getTranslations()) {
			missing.remove(translation.getLanguage());
		}
		return missing;
	}
}
