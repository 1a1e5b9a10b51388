package org.itup.dsl.codes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.eclipse.emf.ecore.EObject;
import org.itup.model.Bureau;
import org.itup.model.Goal;
import org.itup.model.Objective;
import org.itup.model.PlanElement;
import org.itup.model.Sector;

/**
 * The codes that change with a renamed goal, objective, sector or bureau because the plan's code schemes repeat its
 * code in them: goal 2 renamed 7 takes targets 2.1 and 2.2 to 7.1 and 7.2; objective R.3 renamed R.5 takes outcome
 * R.3-a to R.5-a. Children whose code does not follow the scheme, or that are official, keep their code; the
 * children of a renamed child follow it in turn.
 */
public final class CodeCascade {

	/** One element whose code follows its renamed parent's. */
	public record Renamed(PlanElement element, String oldCode, String newCode) {
	}

	/** The placeholder that stands for each kind of parent in a child's code pattern. */
	private static final Map<Class<? extends PlanElement>, String> ROLES = Map.of(Goal.class, "goal", Objective.class,
			"objective", Sector.class, "sector", Bureau.class, "bureau");

	private CodeCascade() {
	}

	/**
	 * The descendants of {@code renamed} whose codes follow its new code, parents before their children. A child
	 * that {@code free} refuses (its new code is taken) keeps its code, and so do its children.
	 */
	public static List<Renamed> of(PlanCodes codes, PlanElement renamed, String newCode, Predicate<Renamed> free) {
		List<Renamed> cascade = new ArrayList<>();
		collect(codes, renamed, renamed.getName(), newCode, free, cascade);
		return cascade;
	}

	private static void collect(PlanCodes codes, PlanElement parent, String oldCode, String newCode,
			Predicate<Renamed> free, List<Renamed> cascade) {
		String role = role(parent);
		for (PlanElement child : children(parent)) {
			CodePattern pattern = CodedLevels.of(child) == null ? null : codes.pattern(CodedLevels.of(child));
			if (pattern == null || child.isOfficial() || !role.equals(pattern.parent())) {
				continue;
			}
			String renamedChild = pattern.reparented(child.getName(), oldCode, newCode);
			Renamed renamed = new Renamed(child, child.getName(), renamedChild);
			if (renamedChild != null && !renamedChild.equals(child.getName()) && free.test(renamed)) {
				cascade.add(renamed);
				collect(codes, child, child.getName(), renamedChild, free, cascade);
			}
		}
	}

	private static String role(PlanElement parent) {
		return ROLES.entrySet().stream().filter(role -> role.getKey().isInstance(parent)).map(Map.Entry::getValue)
				.findFirst().orElse("");
	}

	/** The elements whose code pattern may repeat the parent's code: a bureau's are its sector's enablers. */
	private static List<PlanElement> children(PlanElement parent) {
		EObject holder = parent instanceof Bureau ? parent.eContainer() : parent;
		List<PlanElement> children = new ArrayList<>();
		if (holder == null) {
			return children;
		}
		for (EObject child : holder.eContents()) {
			if (child instanceof PlanElement element && CodedLevels.of(element) != null) {
				children.add(element);
			}
		}
		return children;
	}
}
