package org.itup.generator.diff;

import java.util.Arrays;
import java.util.Optional;

import org.itup.analysis.StrategicPlan;
import org.itup.analysis.diff.ElementKind;
import org.itup.analysis.vocabulary.PlanVocabulary;
import org.itup.model.PlanLevel;

/**
 * The names a comparison gives kinds of element, in the new plan's words: a plan of programmes and activities reads
 * "programmes: 1 added", not "sectors". The JSON form keeps the neutral kinds, which tools read.
 */
public record DiffVocabulary(PlanVocabulary words) {

	/** The new plan's vocabulary: the comparison is read by those revising it. */
	public static DiffVocabulary of(StrategicPlan newPlan) {
		return new DiffVocabulary(newPlan == null ? PlanVocabulary.DEFAULT : newPlan.vocabulary());
	}

	/** "programme", "goal". */
	public String one(ElementKind kind) {
		return level(kind).map(words::one).orElse(kind.label());
	}

	/** "programmes", "goals". */
	public String many(ElementKind kind) {
		return level(kind).map(words::many).orElse(kind.plural());
	}

	/** "Programmes", "Goals": as a heading starts. */
	public String manyTitle(ElementKind kind) {
		return PlanVocabulary.capitalised(many(kind));
	}

	/** A changed field's name; the parent a moved element left ("sector") is a level, named in the plan's words. */
	public String field(String name) {
		return Arrays.stream(ElementKind.values()).filter(kind -> kind.label().equals(name)).findFirst()
				.map(this::one).orElse(name);
	}

	/** "Linkage of aims with goals". */
	public String linkage() {
		return "Linkage of " + words.many(PlanLevel.OBJECTIVE) + " with goals";
	}

	/** "Aim": the first column of the linkage tables. */
	public String objectiveTitle() {
		return words.oneTitle(PlanLevel.OBJECTIVE);
	}

	private static Optional<PlanLevel> level(ElementKind kind) {
		return Optional.ofNullable(PlanLevel.get(kind.label()));
	}
}
