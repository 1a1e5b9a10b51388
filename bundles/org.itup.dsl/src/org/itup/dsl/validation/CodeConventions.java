package org.itup.dsl.validation;


import org.itup.model.Goal;
import org.itup.model.Objective;
import org.itup.model.Outcome;
import org.itup.model.Output;
import org.itup.model.Target;

/**
 * The conventional code of a target, outcome or output: its parent's code and its place among its siblings
 * ({@code 1.3}, {@code R.1-c}, {@code R.1-3}). Quick fixes use it to renumber.
 */
public final class CodeConventions {

	private CodeConventions() {
	}

	/** The code the target should have, or null when its goal has no code yet. */
	public static String expected(Target target) {
		if (!(target.eContainer() instanceof Goal goal) || goal.getName() == null) {
			return null;
		}
		return goal.getName() + "." + (goal.getTargets().indexOf(target) + 1);
	}

	public static String expected(Outcome outcome) {
		if (!(outcome.eContainer() instanceof Objective objective) || objective.getName() == null) {
			return null;
		}
		return objective.getName() + "-" + letter(objective.getOutcomes().indexOf(outcome));
	}

	public static String expected(Output output) {
		if (!(output.eContainer() instanceof Objective objective) || objective.getName() == null) {
			return null;
		}
		return objective.getName() + "-" + (objective.getOutputs().indexOf(output) + 1);
	}

	/** a, b, ..., z, then aa, ab, ... so that long lists still get distinct letters. */
	static String letter(int index) {
		String letters = "abcdefghijklmnopqrstuvwxyz";
		return index < letters.length() ? String.valueOf(letters.charAt(index))
				: letter(index / letters.length() - 1) + letters.charAt(index % letters.length());
	}
}
