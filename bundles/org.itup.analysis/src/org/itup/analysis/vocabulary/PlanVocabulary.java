package org.itup.analysis.vocabulary;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.itup.analysis.chain.ElementKind;
import org.itup.model.ItupPackage;
import org.itup.model.LevelName;
import org.itup.model.Plan;
import org.itup.model.PlanElement;
import org.itup.model.PlanLevel;
import org.itup.model.Vocabulary;

/**
 * What a plan calls its levels, for people: the names its header declares ({@code vocabulary { sector "programme",
 * "programmes" }}) and the ITU plan's words (sector, objective, outcome, output, enabler) for every level it does
 * not name. Every report, diagram, export, skeleton, message and editor label asks this class for a level's word,
 * so no writer spells "sector" itself and a plan's own words appear everywhere at once.
 */
public final class PlanVocabulary {

	/** The ITU plan's words: what a plan that declares nothing reads in its outputs. */
	public static final PlanVocabulary DEFAULT = new PlanVocabulary(Map.of());

	private static final Map<PlanLevel, EClass> LEVEL_CLASSES = Map.of(PlanLevel.SECTOR, ItupPackage.Literals.SECTOR,
			PlanLevel.OBJECTIVE, ItupPackage.Literals.OBJECTIVE, PlanLevel.OUTCOME, ItupPackage.Literals.OUTCOME,
			PlanLevel.OUTPUT, ItupPackage.Literals.OUTPUT, PlanLevel.ENABLER, ItupPackage.Literals.ENABLER);

	private final Map<PlanLevel, LevelName> declared;

	private PlanVocabulary(Map<PlanLevel, LevelName> declared) {
		this.declared = declared;
	}

	/**
	 * The vocabulary the first part that declares one declares (the header, usually); the default when none does.
	 * A level named twice in that declaration keeps its first name (a validation rule reports the second).
	 */
	public static PlanVocabulary of(List<Plan> parts) {
		return parts.stream().map(Plan::getVocabulary).filter(vocabulary -> vocabulary != null)
				.findFirst().map(PlanVocabulary::of).orElse(DEFAULT);
	}

	public static PlanVocabulary of(Vocabulary vocabulary) {
		Map<PlanLevel, LevelName> names = new EnumMap<>(PlanLevel.class);
		for (LevelName name : vocabulary.getLevels()) {
			if (stated(name.getSingular()) && stated(name.getPlural())) {
				names.putIfAbsent(name.getLevel(), name);
			}
		}
		return names.isEmpty() ? DEFAULT : new PlanVocabulary(names);
	}

	/** "programme": one element of the level, in lower case as inside a sentence. */
	public String one(PlanLevel level) {
		LevelName name = declared.get(level);
		return name == null ? level.getLiteral() : name.getSingular();
	}

	/** "programmes": several elements of the level, in lower case as inside a sentence. */
	public String many(PlanLevel level) {
		LevelName name = declared.get(level);
		return name == null ? level.getLiteral() + "s" : name.getPlural();
	}

	/** "Programme": one element, as a heading, a label or a sentence starts. */
	public String oneTitle(PlanLevel level) {
		return capitalised(one(level));
	}

	/** "Programmes": several elements, as a heading, a column or a sentence starts. */
	public String manyTitle(PlanLevel level) {
		return capitalised(many(level));
	}

	/** "a programme", "an output": one element with its article, as a message names it. */
	public String aOne(PlanLevel level) {
		String word = one(level);
		return ("aeiou".indexOf(Character.toLowerCase(word.charAt(0))) >= 0 ? "an " : "a ") + word;
	}

	/** The synonym keyword the plan declares for the level ({@code written programme}), if any. */
	public Optional<String> keyword(PlanLevel level) {
		return Optional.ofNullable(declared.get(level)).map(LevelName::getKeyword);
	}

	/** Whether the plan names the level in its own words. */
	public boolean declares(PlanLevel level) {
		return declared.containsKey(level);
	}

	/** "programme", "goal": the word for what an element of the results chain is, a level's in the plan's words. */
	public String kindOf(PlanElement element) {
		return levelOf(element).map(this::one).orElseGet(() -> ElementKind.of(element).label());
	}

	/** "Programme R.1", "Goal 2": how a label, a node or a link names an element. */
	public String kindAndCode(PlanElement element) {
		return capitalised(kindOf(element)) + " " + element.getName();
	}

	/** The level an element of the plan stands at (a sector, objective, ...); empty for goals, targets and others. */
	public static Optional<PlanLevel> levelOf(EObject element) {
		return element == null ? Optional.empty() : levelOf(element.eClass());
	}

	/** The level elements of a kind stand at; empty for kinds that are no level (goals, targets, risks, ...). */
	public static Optional<PlanLevel> levelOf(EClass kind) {
		return LEVEL_CLASSES.entrySet().stream().filter(entry -> entry.getValue().isSuperTypeOf(kind))
				.map(Map.Entry::getKey).findFirst();
	}

	/** Two vocabularies are equal when they give every level the same names and keyword. */
	@Override
	public boolean equals(Object other) {
		return other instanceof PlanVocabulary vocabulary && words().equals(vocabulary.words());
	}

	@Override
	public int hashCode() {
		return words().hashCode();
	}

	private List<String> words() {
		List<String> words = new ArrayList<>();
		for (PlanLevel level : PlanLevel.values()) {
			words.add(one(level));
			words.add(many(level));
			words.add(keyword(level).orElse(""));
		}
		return words;
	}

	private static boolean stated(String word) {
		return word != null && !word.isBlank();
	}

	/** "Programme": the word as a heading or a sentence starts; words are otherwise kept as declared. */
	public static String capitalised(String word) {
		return word.isEmpty() ? word : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
	}
}
