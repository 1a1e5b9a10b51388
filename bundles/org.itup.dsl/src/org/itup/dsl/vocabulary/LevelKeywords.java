package org.itup.dsl.vocabulary;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.Alternatives;
import org.eclipse.xtext.Grammar;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Group;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.itup.dsl.services.ItupGrammarAccess;
import org.itup.model.PlanLevel;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * The synonym keywords each level may be written with (programme for a sector, priority for an objective), read
 * from the grammar's rule of the level: the keywords that may open it beside the neutral one. A keyword has to be
 * known when the parser is generated, so this is the fixed list a plan's vocabulary chooses from.
 */
@Singleton
public class LevelKeywords {

	private final Map<PlanLevel, List<String>> synonyms = new EnumMap<>(PlanLevel.class);

	@Inject
	public LevelKeywords(ItupGrammarAccess grammarAccess) {
		Grammar grammar = grammarAccess.getGrammar();
		for (PlanLevel level : PlanLevel.values()) {
			synonyms.put(level, synonymsIn(grammar, level));
		}
	}

	/** The synonyms of the level, in grammar order: programme, pillar for a sector. */
	public List<String> synonyms(PlanLevel level) {
		return synonyms.get(level);
	}

	/** The level the keyword is a synonym of, if it is one. */
	public Optional<PlanLevel> levelOf(String keyword) {
		return synonyms.entrySet().stream().filter(entry -> entry.getValue().contains(keyword))
				.map(Map.Entry::getKey).findFirst();
	}

	/** The leaf holding the synonym an element is written with; empty when it opens with the neutral keyword. */
	public Optional<ILeafNode> synonymUsed(EObject element, PlanLevel level) {
		ICompositeNode node = NodeModelUtils.getNode(element);
		if (node == null) {
			return Optional.empty();
		}
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (!leaf.isHidden()) {
				// the keyword's value from the grammar, so that checking every element copies no text
				return leaf.getGrammarElement() instanceof Keyword keyword && synonyms(level).contains(keyword.getValue())
						? Optional.of(leaf)
						: Optional.empty();
			}
		}
		return Optional.empty();
	}

	/** The rule of a level is named as the level (Sector, Objective) and opens with its keyword alternatives. */
	private static List<String> synonymsIn(Grammar grammar, PlanLevel level) {
		String ruleName = level.getName().charAt(0) + level.getName().substring(1).toLowerCase(Locale.ROOT);
		ParserRule rule = (ParserRule) GrammarUtil.findRuleForName(grammar, ruleName);
		List<String> words = new ArrayList<>();
		if (rule.getAlternatives() instanceof Group group && group.getElements().get(0) instanceof Alternatives opening) {
			for (AbstractElement alternative : opening.getElements()) {
				if (alternative instanceof Keyword keyword && !keyword.getValue().equals(level.getLiteral())) {
					words.add(keyword.getValue());
				}
			}
		}
		return List.copyOf(words);
	}
}
