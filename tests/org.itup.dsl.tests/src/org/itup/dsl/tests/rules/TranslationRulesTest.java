package org.itup.dsl.tests.rules;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.itup.dsl.tests.ItupInjectorProvider;
import org.itup.dsl.validation.IssueCodes;
import org.itup.model.ItupPackage;
import org.itup.model.Plan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** Glossary terms come in all six UN languages (or are marked unavailable in one), and only in those. */
@ExtendWith(InjectionExtension.class)
@InjectWith(ItupInjectorProvider.class)
class TranslationRulesTest {

	@Inject
	private RuleTester rules;

	@Test
	void termMissingTwoLanguages() throws Exception {
		String text = Plans.clean().replace("    ar \"الرؤية\"\n", "").replace("    ru \"Концепция\"\n", "");
		Plan plan = rules.parse("p.itup", text);
		rules.assertOnly(plan, text, ItupPackage.Literals.GLOSSARY_TERM, IssueCodes.MISSING_TRANSLATION,
				Severity.WARNING, "\"Vision\"", "The term 'Vision' has no translation in ar, ru: add them, or write "
						+ "'<language> unavailable' when the source has none.");
	}

	@Test
	void languageMarkedUnavailableCounts() throws Exception {
		String text = Plans.clean().replace("ar \"الرؤية\"", "ar unavailable");
		rules.assertClean(rules.parse("p.itup", text));
	}

	@Test
	void termWithoutTranslationsPasses() throws Exception {
		rules.assertClean(rules.parse("p.itup", Plans.clean() + "term \"Inputs\" { definition \"Resources\" }\n"));
	}

	@Test
	void languageThatIsNotAUnLanguage() throws Exception {
		String text = Plans.clean().replace("    es \"Visión\"\n", "    es \"Visión\"\n    de \"Vision\"\n");
		Plan plan = rules.parse("p.itup", text);
		rules.assertOnly(plan, ItupPackage.Literals.TRANSLATION, IssueCodes.UNKNOWN_LANGUAGE, Severity.WARNING,
				text.indexOf("de \"Vision"), 2, "'de' is not one of the six UN languages (ar, zh, en, fr, ru, es): a plan written in others names them in its header, e.g. 'languages en, fr, sw'.");
	}
}
