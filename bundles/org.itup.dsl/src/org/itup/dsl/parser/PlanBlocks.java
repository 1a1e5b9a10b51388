package org.itup.dsl.parser;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.Alternatives;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.EnumLiteralDeclaration;
import org.eclipse.xtext.EnumRule;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Group;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.TerminalRule;
import org.eclipse.xtext.UnorderedGroup;
import org.itup.analysis.vocabulary.PlanVocabulary;
import org.itup.model.PlanLevel;

/**
 * What may stand in each block of a plan, read from the grammar itself: the words that can start an entry of an
 * output's braces, an objective's braces, or the plan's top level. Syntax errors name them, and recovery from a
 * syntax error skips to the next of them, so both follow every change of the grammar without edits here.
 */
public final class PlanBlocks {

	private PlanBlocks() {
	}

	/**
	 * A block of the plan: its name for people ("an output", "plan level") and what may start an entry in it.
	 *
	 * @param name what the block is called, with its article: "an output", "a risk"
	 * @param topLevel whether this is a file's top level rather than a block in braces
	 * @param words the entries' leading words for people, in grammar order: "indicator", "primary goal"
	 * @param keywords the keywords that can start an entry
	 * @param terminals the names of terminal rules (ID, STRING) that can start an entry
	 */
	public record Block(String name, boolean topLevel, List<String> words, Set<String> keywords,
			Set<String> terminals) {

		/** "an output may contain: indicator" or "at plan level may stand: goal, sector, ...". */
		public String mayContain() {
			String list = String.join(", ", words);
			return topLevel ? "at " + name + " may stand: " + list : name + " may contain: " + list;
		}

		/** "in an output" or "at plan level". */
		public String where() {
			return (topLevel ? "at " : "in ") + name;
		}

		/**
		 * The block as a plan with this vocabulary reads it: a level's block named in the plan's words ("an
		 * activity" for an output), and among the level keywords only the neutral one and the synonym the plan
		 * declares ({@code written service}); the other synonyms are not this plan's words.
		 *
		 * @param synonymLevel the level a keyword is a synonym of, empty for any other word
		 */
		public Block inWords(PlanVocabulary vocabulary, Function<String, Optional<PlanLevel>> synonymLevel) {
			Predicate<String> ours = word -> synonymLevel.apply(word)
					.map(level -> vocabulary.keyword(level).filter(word::equals).isPresent()).orElse(true);
			String named = Arrays.stream(PlanLevel.values()).filter(level -> name.equals(article(level.getLiteral())))
					.findFirst().map(vocabulary::aOne).orElse(name);
			return new Block(named, topLevel, words.stream().filter(ours).toList(),
					keywords.stream().filter(ours).collect(Collectors.toCollection(LinkedHashSet::new)), terminals);
		}
	}

	/** The block that the keyword, a '{' of the grammar, opens: the entries between it and its '}'. */
	public static Block openedBy(Keyword brace) {
		Group group = (Group) brace.eContainer();
		List<AbstractElement> body = new ArrayList<>();
		boolean inside = false;
		for (AbstractElement element : group.getElements()) {
			if (element == brace) {
				inside = true;
			} else if (inside && element instanceof Keyword keyword && "}".equals(keyword.getValue())) {
				break;
			} else if (inside) {
				body.add(element);
			}
		}
		return block(article(blockWord(group, brace)), false, body);
	}

	/** The top level of a file whose root rule is given: what may follow the rule's opening words and name. */
	public static Block topLevel(ParserRule rule) {
		List<AbstractElement> body = new ArrayList<>();
		boolean header = true;
		for (AbstractElement element : elementsOf(rule.getAlternatives())) {
			header = header && (element instanceof Keyword || element instanceof Assignment);
			if (!header) {
				body.add(element);
			}
		}
		String name = "Plan".equals(rule.getName()) ? "plan level" : "the top of " + article(words(rule));
		return block(name, true, body);
	}

	private static List<AbstractElement> elementsOf(AbstractElement element) {
		return element instanceof Group group ? group.getElements() : List.of(element);
	}

	private static Block block(String name, boolean topLevel, List<AbstractElement> body) {
		Set<AbstractElement> starts = new LinkedHashSet<>();
		for (AbstractElement element : body) {
			first(element, starts, new HashSet<>());
		}
		Set<String> words = new LinkedHashSet<>();
		Set<String> keywords = new LinkedHashSet<>();
		Set<String> terminals = new LinkedHashSet<>();
		for (AbstractElement start : starts) {
			if (start instanceof Keyword keyword) {
				keywords.add(keyword.getValue());
				words.add(phrase(keyword));
			} else if (start instanceof RuleCall call) {
				terminals.add(call.getRule().getName());
				words.add(terminalWord(call));
			}
		}
		return new Block(name, topLevel, List.copyOf(words), keywords, terminals);
	}

	/** Adds the keywords and terminal rule calls that can start the element; true if it may be left out. */
	private static boolean first(AbstractElement element, Set<AbstractElement> starts, Set<AbstractRule> seen) {
		boolean optional = GrammarUtil.isOptionalCardinality(element);
		if (element instanceof Keyword) {
			starts.add(element);
			return optional;
		}
		if (element instanceof Assignment assignment) {
			return first(assignment.getTerminal(), starts, seen) || optional;
		}
		if (element instanceof CrossReference reference) {
			return first(reference.getTerminal(), starts, seen) || optional;
		}
		if (element instanceof EnumLiteralDeclaration literal) {
			starts.add(literal.getLiteral());
			return optional;
		}
		if (element instanceof RuleCall call) {
			return firstOfRule(call, starts, seen) || optional;
		}
		if (element instanceof Alternatives alternatives) {
			boolean any = false;
			for (AbstractElement alternative : alternatives.getElements()) {
				any |= first(alternative, starts, seen);
			}
			return any || optional;
		}
		if (element instanceof UnorderedGroup group) {
			boolean all = true;
			for (AbstractElement member : group.getElements()) {
				all &= first(member, starts, seen);
			}
			return all || optional;
		}
		if (element instanceof Group group) {
			for (AbstractElement member : group.getElements()) {
				if (!first(member, starts, seen)) {
					return optional;
				}
			}
			return true;
		}
		return true; // actions consume nothing
	}

	private static boolean firstOfRule(RuleCall call, Set<AbstractElement> starts, Set<AbstractRule> seen) {
		AbstractRule rule = call.getRule();
		if (rule instanceof TerminalRule) {
			starts.add(call);
			return false;
		}
		if (!seen.add(rule)) {
			return false;
		}
		if (rule instanceof EnumRule || rule instanceof ParserRule) {
			return first(rule.getAlternatives(), starts, seen);
		}
		return false;
	}

	/** The keyword with the keywords that always follow it: "adopted by", "wsis facilitator", "primary goal". */
	private static String phrase(Keyword keyword) {
		StringBuilder phrase = new StringBuilder(keyword.getValue());
		EObject container = keyword.eContainer();
		if (container instanceof Group group) {
			List<AbstractElement> elements = group.getElements();
			int index = elements.indexOf(keyword);
			while (++index < elements.size()) {
				AbstractElement next = elements.get(index);
				if (next instanceof Alternatives alternatives && !alternatives.getElements().isEmpty()
						&& alternatives.getElements().get(0) instanceof Keyword first) {
					next = first;
				}
				if (!(next instanceof Keyword following) || !Character.isLetter(following.getValue().charAt(0))) {
					break;
				}
				phrase.append(' ').append(following.getValue());
			}
		}
		return phrase.toString();
	}

	/** "a language" for a translation's language=ID, else the terminal in plain words. */
	private static String terminalWord(RuleCall call) {
		Assignment assignment = GrammarUtil.containingAssignment(call);
		if (assignment != null && call.getRule().getName().equals("ID")) {
			return article(assignment.getFeature());
		}
		return PlanSyntaxErrorMessages.tokenWord("RULE_" + call.getRule().getName());
	}

	/** What people call the block: the keyword that opens it ("output"), else its rule's ("sector"). */
	private static String blockWord(Group group, Keyword brace) {
		List<AbstractElement> elements = group.getElements();
		if (elements.get(0) instanceof Keyword opening && opening != brace) {
			return opening.getValue();
		}
		return words(GrammarUtil.containingParserRule(brace));
	}

	private static String words(ParserRule rule) {
		List<String> leading = new ArrayList<>();
		for (AbstractElement element : elementsOf(rule.getAlternatives())) {
			if (!(element instanceof Keyword keyword)) {
				break;
			}
			leading.add(keyword.getValue());
		}
		if (!leading.isEmpty()) {
			return String.join(" ", leading);
		}
		String name = rule.getName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
		return name.startsWith("strategic ") ? name.substring("strategic ".length()) : name;
	}

	static String article(String word) {
		return ("aeiou".indexOf(word.charAt(0)) >= 0 ? "an " : "a ") + word;
	}
}
