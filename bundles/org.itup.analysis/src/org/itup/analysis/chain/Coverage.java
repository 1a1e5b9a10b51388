package org.itup.analysis.chain;

import java.util.List;

import org.itup.analysis.LinkageMatrix;
import org.itup.analysis.Ownership;
import org.itup.model.Goal;
import org.itup.model.Objective;
import org.itup.model.Sector;

/**
 * Where the results chain of a plan has gaps a reviewer looks for: goals no objective serves directly, objectives
 * with nothing to show for them, objectives no enabler supports, sectors with no part in any objective.
 */
public final class Coverage {

	private final ResultsChain chain;

	private Coverage(ResultsChain chain) {
		this.chain = chain;
	}

	public static Coverage of(ResultsChain chain) {
		return new Coverage(chain);
	}

	/** Goals no objective names as primary (whether or not some name them as secondary). */
	public List<Goal> goalsWithoutPrimaryObjective() {
		return LinkageMatrix.of(chain.plan()).goalsWithoutPrimaryObjective();
	}

	/** Goals that rest on secondary links only: no primary objective, but at least one secondary. */
	public List<Goal> goalsOnSecondaryLinksOnly() {
		return LinkageMatrix.of(chain.plan()).goalsOnSecondaryLinksOnly();
	}

	public List<Goal> goalsWithoutTargets() {
		return chain.plan().goals().stream().filter(goal -> goal.getTargets().isEmpty()).toList();
	}

	public List<Objective> objectivesWithoutPrimaryGoal() {
		return objectivesWhere(objective -> chain.linksFrom(objective).stream()
				.noneMatch(link -> link.kind() == ChainLinkKind.PRIMARY));
	}

	public List<Objective> objectivesWithoutOutcomes() {
		return objectivesWhere(objective -> objective.getOutcomes().isEmpty());
	}

	public List<Objective> objectivesWithoutOutputs() {
		return objectivesWhere(objective -> objective.getOutputs().isEmpty());
	}

	public List<Objective> objectivesWithoutEnabler() {
		return objectivesWhere(objective -> chain.enablersOf(objective).isEmpty());
	}

	/** Sectors that neither lead nor contribute to an objective (contributions count: see {@link Ownership}). */
	public List<Sector> sectorsWithoutObjectives() {
		return Ownership.sectorsWithoutObjectives(chain.plan());
	}

	/** True when none of the gaps above is present. */
	public boolean isComplete() {
		return sectorsWithoutObjectives().isEmpty() && goalsWithoutPrimaryObjective().isEmpty() && goalsWithoutTargets().isEmpty()
				&& objectivesWithoutPrimaryGoal().isEmpty() && objectivesWithoutOutcomes().isEmpty()
				&& objectivesWithoutOutputs().isEmpty() && objectivesWithoutEnabler().isEmpty();
	}

	private List<Objective> objectivesWhere(java.util.function.Predicate<Objective> gap) {
		return chain.plan().objectives().stream().filter(gap).toList();
	}
}
