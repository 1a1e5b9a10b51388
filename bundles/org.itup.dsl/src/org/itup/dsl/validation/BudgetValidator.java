package org.itup.dsl.validation;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.validation.Check;
import org.itup.analysis.StrategicPlan;
import org.itup.analysis.monitoring.AllocationCheck;
import org.itup.analysis.monitoring.CurrencyRates;
import org.itup.analysis.monitoring.Money;
import org.itup.analysis.monitoring.Overrun;
import org.itup.analysis.monitoring.Period;
import org.itup.analysis.monitoring.PlanMoney;
import org.itup.model.Budget;
import org.itup.model.Expenditure;
import org.itup.model.ItupPackage;
import org.itup.model.MonitoringFile;
import org.itup.model.PlanElement;
import org.itup.model.ResourceNeed;

/**
 * Money that adds up: no negative amounts, every currency convertible into the plan's, the parts of an element not
 * allocated more than the element, and operational plans' resources stated as amounts.
 */
public class BudgetValidator extends PlanRules {

	@Check
	public void checkBudget(Budget budget) {
		checkAmount(budget.getAmount(), ItupPackage.Literals.BUDGET__AMOUNT);
		checkCurrency(budget, budget.getAmount(), budget.getCurrency(), ItupPackage.Literals.BUDGET__CURRENCY);
	}

	@Check
	public void checkExpenditure(Expenditure expenditure) {
		checkAmount(expenditure.getAmount(), ItupPackage.Literals.EXPENDITURE__AMOUNT);
		if (expenditure.eContainer() instanceof MonitoringFile file && file.getPlan() != null
				&& !file.getPlan().eIsProxy()) {
			checkCurrency(file.getPlan(), expenditure.getAmount(), expenditure.getCurrency(),
					ItupPackage.Literals.EXPENDITURE__CURRENCY);
		}
	}

	@Check
	public void checkResourcesHaveAmount(ResourceNeed need) {
		checkAmount(need.getAmount(), ItupPackage.Literals.RESOURCE_NEED__AMOUNT);
		if (need.getAmount() == null) {
			finding("These resources have no amount: write the amount and its currency first, e.g. 'resources 150000 "
					+ "\"CHF\" " + quoted(need.getDescription()) + "', so they can be added up.",
					ItupPackage.Literals.RESOURCE_NEED__DESCRIPTION, IssueCodes.RESOURCES_WITHOUT_AMOUNT);
		}
	}

	@Check
	public void checkPartsWithinAllocation(Budget budget) {
		// a negative allocation is its own finding; comparing its parts with it says nothing more
		if (!(budget.eContainer() instanceof PlanElement element) || budget.getAmount() == null
				|| budget.getAmount().signum() < 0) {
			return;
		}
		Overruns overruns = planFact(budget, Overruns.class, BudgetValidator::overruns);
		Period period = periodOf(budget);
		if (overruns == null || period == null) {
			return;
		}
		for (Overrun overrun : overruns.found()) {
			if (overrun.parent().equals(element.getName()) && overrun.period().equals(period)) {
				finding("Too much allocated to the parts: " + overrun.describe() + ".",
						ItupPackage.Literals.BUDGET__AMOUNT, IssueCodes.ALLOCATION_EXCEEDS_PARENT);
			}
		}
	}

	private Period periodOf(Budget budget) {
		if (budget.getPeriod() == null) {
			StrategicPlan plan = wholePlanOf(budget);
			return plan == null ? null : new PlanMoney(plan).wholePeriod();
		}
		return Period.ifValid(budget.getPeriod()).orElse(null);
	}

	private void checkAmount(BigDecimal amount, EStructuralFeature feature) {
		if (amount != null && amount.signum() < 0) {
			finding("An amount of money cannot be negative (" + amount.toPlainString() + ").", feature,
					IssueCodes.NEGATIVE_AMOUNT);
		}
	}

	private void checkCurrency(EObject inPlan, BigDecimal amount, String currency, EStructuralFeature feature) {
		if (amount == null || currency == null) {
			return;
		}
		CurrencyRates rates = planFact(inPlan, CurrencyRates.class, plan -> new PlanMoney(plan).rates());
		if (rates == null || rates.convert(new Money(amount, currency)).isPresent()) {
			return;
		}
		finding("The currency \"" + currency + "\" differs from the plan's (\"" + rates.reportingCurrency()
				+ "\") and the plan declares no rate for it: add 'rate \"" + currency
				+ "\" <value>' to the plan's header (what one " + currency + " is worth in "
				+ rates.reportingCurrency() + "), or declare the plan's currency with 'currency'.", feature,
				IssueCodes.CURRENCY_WITHOUT_RATE);
	}

	private static Overruns overruns(StrategicPlan plan) {
		PlanMoney money = new PlanMoney(plan);
		return new Overruns(new AllocationCheck(money.tree(), money.rates()).overruns(money.allocations()));
	}

	private static String quoted(String text) {
		return "\"" + (text == null ? "" : text) + "\"";
	}

	/** The plan's allocation overruns, shared as one fact by every budget of the plan. */
	private record Overruns(List<Overrun> found) {
	}
}
