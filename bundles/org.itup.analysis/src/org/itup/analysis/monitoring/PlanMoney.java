package org.itup.analysis.monitoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.itup.analysis.StrategicPlan;
import org.itup.model.Budget;
import org.itup.model.ExchangeRate;
import org.itup.model.Expenditure;
import org.itup.model.MonitoringFile;
import org.itup.model.Objective;
import org.itup.model.Output;
import org.itup.model.Plan;
import org.itup.model.PlanElement;
import org.itup.model.Sector;

/**
 * A plan's money as the analysis reads it: the financial plan's allocations to sectors, objectives and outputs, the
 * tree they add up in, the declared exchange rates, and what monitoring files report as spent. A budget without a
 * period is for the whole plan period. Amounts or periods that did not parse are left out (the parser reports them).
 */
public final class PlanMoney {

	private final StrategicPlan plan;

	public PlanMoney(StrategicPlan plan) {
		this.plan = plan;
	}

	/** The plan's currency and declared rates; without a declared currency, the first budget's currency. */
	public CurrencyRates rates() {
		Map<String, BigDecimal> rates = new LinkedHashMap<>();
		for (Plan part : plan.parts()) {
			for (ExchangeRate rate : part.getRates()) {
				if (rate.getCurrency() != null && rate.getValue() != null) {
					rates.putIfAbsent(rate.getCurrency(), rate.getValue());
				}
			}
		}
		String currency = plan.currency();
		if (currency == null) {
			currency = allocations().stream().map(a -> a.money().currency()).findFirst().orElse("");
		}
		return new CurrencyRates(currency, rates);
	}

	/** Every allocation of the financial plan, in plan order, keyed by the element's code. */
	public List<Allocation> allocations() {
		List<Allocation> allocations = new ArrayList<>();
		for (Sector sector : plan.sectors()) {
			add(allocations, sector, sector.getBudgets());
			for (Objective objective : sector.getObjectives()) {
				add(allocations, objective, objective.getBudgets());
				for (Output output : objective.getOutputs()) {
					add(allocations, output, output.getBudgets());
				}
			}
		}
		return allocations;
	}

	/** Which element's allocation is part of which: outputs of their objective's, objectives of their sector's. */
	public BudgetTree tree() {
		Map<String, String> parents = new LinkedHashMap<>();
		for (Sector sector : plan.sectors()) {
			for (Objective objective : sector.getObjectives()) {
				putParent(parents, objective, sector);
				for (Output output : objective.getOutputs()) {
					putParent(parents, output, objective);
				}
			}
		}
		return new BudgetTree(parents);
	}

	/** What the monitoring files of this plan report as spent. */
	public List<Allocation> spent(List<MonitoringFile> monitoring) {
		List<Allocation> spent = new ArrayList<>();
		for (MonitoringFile file : monitoring) {
			for (Expenditure expenditure : file.getExpenditures()) {
				PlanElement element = expenditure.getElement();
				if (element != null && !element.eIsProxy() && element.getName() != null) {
					add(spent, element.getName(), expenditure.getAmount(), expenditure.getCurrency(),
							expenditure.getPeriod());
				}
			}
		}
		return spent;
	}

	private void add(List<Allocation> allocations, PlanElement element, List<Budget> budgets) {
		if (element.getName() == null) {
			return;
		}
		for (Budget budget : budgets) {
			add(allocations, element.getName(), budget.getAmount(), budget.getCurrency(), budget.getPeriod());
		}
	}

	private void add(List<Allocation> allocations, String code, BigDecimal amount, String currency, String period) {
		Period within = period == null ? wholePeriod() : Period.ifValid(period).orElse(null);
		if (amount != null && currency != null && within != null) {
			allocations.add(new Allocation(code, new Money(amount, currency), within));
		}
	}

	/** The plan period as one period; null when the plan states none. */
	public Period wholePeriod() {
		Plan header = plan.header();
		int first = header.getStartYear();
		int last = header.getEndYear();
		if (first == 0 || last == 0 || last < first) {
			return null;
		}
		return last == first ? Period.year(first) : Period.years(first, last);
	}

	private static void putParent(Map<String, String> parents, PlanElement child, PlanElement parent) {
		if (child.getName() != null && parent.getName() != null) {
			parents.put(child.getName(), parent.getName());
		}
	}
}
