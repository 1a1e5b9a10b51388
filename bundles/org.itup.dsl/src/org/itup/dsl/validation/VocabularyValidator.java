package org.itup.dsl.validation;

import java.util.List;
import java.util.Optional;

import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.validation.Check;
import org.itup.analysis.vocabulary.PlanVocabulary;
import org.itup.dsl.vocabulary.LevelKeywords;
import org.itup.model.ItupPackage;
import org.itup.model.LevelName;
import org.itup.model.PlanElement;
import org.itup.model.PlanLevel;
import org.itup.model.Vocabulary;

import com.google.inject.Inject;

/**
 * A plan's declared vocabulary and the words its text uses: a synonym keyword (programme, priority) is accepted
 * only where the plan declares it for that level, so a plan reads in one vocabulary and a stray word from another
 * plan's is caught; the neutral keyword (sector, objective) is always accepted.
 */
public class VocabularyValidator extends PlanRules {

	@Inject
	private LevelKeywords keywords;

	@Check
	public void checkLevelWordIsDeclared(PlanElement element) {
		Optional<PlanLevel> level = PlanVocabulary.levelOf(element);
		Optional<ILeafNode> used = level.flatMap(it -> keywords.synonymUsed(element, it));
		if (used.isEmpty()) {
			return;
		}
		String word = used.get().getText();
		PlanVocabulary words = wordsOf(element);
		if (words.keyword(level.get()).filter(word::equals).isEmpty()) {
			String neutral = level.get().getLiteral();
			findingAt("'" + word + "' is not this plan's word for " + PlanVocabulary.DEFAULT.aOne(level.get()) + ": write '" + neutral
					+ "', or declare the word in the plan's vocabulary: " + neutral + " \"<name>\", \"<names>\" written "
					+ word + ".", element, used.get().getOffset(), used.get().getLength(),
					IssueCodes.UNDECLARED_LEVEL_WORD, neutral);
		}
	}

	@Check
	public void checkKeywordFitsLevel(LevelName name) {
		List<String> synonyms = keywords.synonyms(name.getLevel());
		if (name.getKeyword() == null || synonyms.contains(name.getKeyword())) {
			return;
		}
		String neutral = PlanVocabulary.DEFAULT.aOne(name.getLevel());
		String other = keywords.levelOf(name.getKeyword())
				.map(level -> " ('" + name.getKeyword() + "' is for " + PlanVocabulary.DEFAULT.aOne(level) + ")")
				.orElse("");
		finding("'" + name.getKeyword() + "' cannot be written for " + neutral + other + "; " + neutral
				+ " may be written: " + String.join(", ", synonyms) + ".",
				ItupPackage.Literals.LEVEL_NAME__KEYWORD, IssueCodes.VOCABULARY_MISMATCH);
	}

	@Check
	public void checkLevelNamedOnce(LevelName name) {
		Vocabulary vocabulary = (Vocabulary) name.eContainer();
		LevelName first = vocabulary.getLevels().stream().filter(other -> other.getLevel() == name.getLevel())
				.findFirst().orElse(name);
		if (first != name) {
			finding("The level '" + name.getLevel().getLiteral() + "' is already named in this vocabulary (\""
					+ first.getSingular() + "\"); the first name counts, so remove this one.",
					ItupPackage.Literals.LEVEL_NAME__LEVEL, IssueCodes.VOCABULARY_MISMATCH);
		}
	}

	@Check
	public void checkNamesAreWords(LevelName name) {
		if (isBlank(name.getSingular()) || isBlank(name.getPlural())) {
			finding("A level's names cannot be empty: give the singular and the plural, e.g. sector \"programme\","
					+ " \"programmes\".", ItupPackage.Literals.LEVEL_NAME__SINGULAR, IssueCodes.VOCABULARY_MISMATCH);
		}
	}

	private static boolean isBlank(String word) {
		return word != null && word.isBlank();
	}
}
