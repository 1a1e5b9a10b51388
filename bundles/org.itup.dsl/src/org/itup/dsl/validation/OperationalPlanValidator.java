package org.itup.dsl.validation;

import java.util.List;

import org.eclipse.emf.ecore.EPackage;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.EValidatorRegistrar;
import org.itup.analysis.vocabulary.PlanVocabulary;
import org.itup.dsl.vocabulary.PlanWords;
import org.itup.model.ItupPackage;
import org.itup.model.Objective;
import org.itup.model.ObjectivePlan;
import org.itup.model.OperationalPlan;
import org.itup.model.Output;
import org.itup.model.OutputPlan;
import org.itup.model.OutputWork;
import org.itup.model.PlanLevel;

import com.google.inject.Inject;

/**
 * An operational plan follows its strategic plan's results chain: the objectives it lists belong to its sector, and
 * the outputs under an objective are that objective's. Unresolved references are the linker's to report.
 */
public class OperationalPlanValidator extends AbstractDeclarativeValidator {

	@Inject
	private PlanWords planWords;

	@Override
	protected List<EPackage> getEPackages() {
		return List.of(ItupPackage.eINSTANCE);
	}

	@Override
	public void register(EValidatorRegistrar registrar) {
		// registered through the composing ItupValidator
	}

	@Check
	public void checkObjectiveIsOfTheSector(ObjectivePlan planned) {
		Objective objective = planned.getObjective();
		OperationalPlan plan = (OperationalPlan) planned.eContainer();
		if (objective == null || objective.eIsProxy() || plan.getSector() == null || plan.getSector().eIsProxy()) {
			return;
		}
		if (objective.eContainer() != plan.getSector()) {
			PlanVocabulary words = planWords.of(objective);
			addIssue(words.oneTitle(PlanLevel.OBJECTIVE) + " " + objective.getName() + " is not " + words.aOne(PlanLevel.OBJECTIVE)
					+ " of " + plan.getSector().getName() + ", the " + words.one(PlanLevel.SECTOR)
					+ " of this operational plan: list only its own " + words.many(PlanLevel.OBJECTIVE) + ".",
					getCurrentObject(), ItupPackage.Literals.OBJECTIVE_PLAN__OBJECTIVE,
					IssueCodes.OBJECTIVE_OF_OTHER_SECTOR);
		}
	}

	@Check
	public void checkOutputIsOfTheObjective(OutputPlan planned) {
		Output output = planned.getOutput();
		Objective objective = ((ObjectivePlan) planned.eContainer()).getObjective();
		if (output == null || output.eIsProxy() || objective == null || objective.eIsProxy()) {
			return;
		}
		if (output.eContainer() != objective) {
			PlanVocabulary words = planWords.of(objective);
			addIssue(words.oneTitle(PlanLevel.OUTPUT) + " " + output.getName() + " is not " + words.aOne(PlanLevel.OUTPUT)
					+ " of " + words.one(PlanLevel.OBJECTIVE) + " " + objective.getName() + ": move it under its own "
					+ words.one(PlanLevel.OBJECTIVE) + ".", getCurrentObject(),
					ItupPackage.Literals.OUTPUT_PLAN__OUTPUT, IssueCodes.OUTPUT_OF_OTHER_OBJECTIVE);
		}
	}

	/**
	 * The grammar takes an output's properties in any order, so it cannot itself say that there is one responsible
	 * unit; the model keeps only the last one, so the first would be lost without a word.
	 */
	@Check
	public void checkResponsibleOnce(OutputWork work) {
		List<INode> responsible = NodeModelUtils.findNodesForFeature(work,
				ItupPackage.Literals.OUTPUT_WORK__RESPONSIBLE_UNIT);
		if (responsible.size() > 1) {
			INode second = responsible.get(1);
			addIssue("The responsible unit is given twice: " + planWords.of(work).aOne(PlanLevel.OUTPUT)
					+ " has one responsible unit, so keep one of them.",
					work, second.getOffset(), second.getLength(), IssueCodes.RESPONSIBLE_TWICE);
		}
	}
}
