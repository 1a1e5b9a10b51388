package org.itup.dsl.ide.hover;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.itup.analysis.StrategicPlan;
import org.itup.analysis.diff.PlanItems;
import org.itup.analysis.diff.PlanSide;
import org.itup.dsl.ide.revision.PlanRevision;
import org.itup.dsl.load.LoadedPlans;
import org.itup.dsl.load.PlanLoader;

/**
 * Plans as they were at a git revision, read once per folder and commit: a planner hovers many elements, and a
 * commit's files never change (a branch that moves on names another commit, so it is read again).
 */
final class BasePlans {

	private static final Map<String, Map<String, PlanSide>> PLANS_BY_FOLDER_AND_COMMIT = new ConcurrentHashMap<>();

	private BasePlans() {
	}

	/**
	 * The plan of this name in the folder at the revision, as the comparison sees it; empty when the folder held no
	 * plan of that name then (the plan is new since).
	 *
	 * @throws RevisionUnreadable when the revision cannot be read; its message says why
	 */
	static Optional<PlanSide> plan(PlanLoader loader, Path folder, String revision, String planName)
			throws RevisionUnreadable {
		Map<String, PlanSide> plans;
		try {
			String commit = PlanRevision.commitOf(folder, revision);
			plans = PLANS_BY_FOLDER_AND_COMMIT.get(folder + "@" + commit);
			if (plans == null) {
				plans = read(loader, folder, revision);
				PLANS_BY_FOLDER_AND_COMMIT.put(folder + "@" + commit, plans);
			}
		} catch (PlanRevision.RevisionException | IOException e) {
			throw new RevisionUnreadable(e.getMessage());
		}
		return Optional.ofNullable(plans.get(planName));
	}

	private static Map<String, PlanSide> read(PlanLoader loader, Path folder, String revision)
			throws PlanRevision.RevisionException, IOException {
		try (PlanRevision copy = PlanRevision.of(folder, revision)) {
			LoadedPlans loaded = loader.load(List.of(copy.folder()));
			Map<String, PlanSide> plans = new ConcurrentHashMap<>();
			for (StrategicPlan plan : StrategicPlan.of(loaded.plans())) {
				if (plan.name() != null) {
					plans.put(plan.name(), PlanItems.of(plan));
				}
			}
			return plans;
		}
	}

	/** The revision cannot be read: not a git repository, an unknown revision, no plan file in the folder then. */
	static final class RevisionUnreadable extends Exception {
		private static final long serialVersionUID = 1L;

		RevisionUnreadable(String message) {
			super(message);
		}
	}
}
