package org.itup.generator.progress;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.itup.analysis.monitoring.LinkageWeights;
import org.itup.analysis.monitoring.MissingRate;
import org.itup.analysis.monitoring.PlanMoney;
import org.itup.analysis.monitoring.PlannedAndSpent;
import org.itup.analysis.monitoring.ResourcesByGoal;
import org.itup.generator.MarkupBuilder;
import org.itup.model.PlanElement;

/**
 * The money: the financial plan's allocation by sector, objective and goal against what was spent by the end of the
 * period, as tables and as bar charts; money that reaches no goal, and amounts left out for want of a rate, said
 * plainly.
 */
final class BudgetSection extends ProgressSection {

	BudgetSection() {
		super("budget");
	}

	@Override
	String heading(ProgressContext context) {
		return "Budget";
	}

	@Override
	void body(ProgressContext context, MarkupBuilder html) {
		ResourcesByGoal.Report resources = context.progress().resources();
		String currency = new PlanMoney(context.plan()).rates().reportingCurrency();
		if (resources.byElement().isEmpty() && resources.missingRates().isEmpty()) {
			paragraph(html, "The plan states no budget and no spending is reported up to " + context.period() + ".");
			return;
		}
		paragraph(html, "Planned: the financial plan's allocations over the whole plan period. Spent: expenditure"
				+ " reported for periods that end by the end of " + context.period() + ". Amounts in " + currency
				+ ".");
		LevelWords words = context.words();
		List<BudgetRow> sectors = rows(context.plan().sectors(), words.sector(), resources.byElement());
		money(html, "sectors", words.sectors(), sectors, currency);
		money(html, "objectives", words.objectives(),
				rows(context.plan().objectives(), words.objective(), resources.byElement()), currency);
		List<BudgetRow> outputs = rows(context.plan().outputs(), words.output(), resources.byElement());
		if (!outputs.isEmpty()) {
			money(html, "outputs", words.outputs(), outputs, currency);
		}
		goals(context, html, resources, currency);
		missingRates(html, resources.missingRates());
	}

	private static void goals(ProgressContext context, MarkupBuilder html, ResourcesByGoal.Report resources,
			String currency) {
		LevelWords words = context.words();
		LinkageWeights weights = context.settings().weights();
		paragraph(html, "Each " + LevelWords.inText(words.objective()) + "'s money is shared among the "
				+ LevelWords.inText(words.goals()) + " it is linked to: " + Figures.number(weights.primary())
				+ " parts to each primary " + LevelWords.inText(words.goal()) + ", "
				+ Figures.number(weights.secondary())
				+ " to each secondary one, so that all of it reaches " + LevelWords.inText(words.goals())
				+ " exactly once. Money of a " + LevelWords.inText(words.sector()) + " beyond its "
				+ LevelWords.inText(words.objectives()) + "' and of " + LevelWords.inText(words.objectives())
				+ " linked to no " + LevelWords.inText(words.goal()) + " is not attributed.");
		List<BudgetRow> goals = new ArrayList<>(rows(context.plan().goals(), words.goal(), resources.byGoal()));
		PlannedAndSpent rest = resources.notAttributed();
		if (rest.planned().signum() != 0 || rest.spent().signum() != 0) {
			goals.add(new BudgetRow("Not attributed to a " + LevelWords.inText(words.goal()), rest));
		}
		money(html, "goals", words.goals(), goals, currency);
	}

	private static List<BudgetRow> rows(List<? extends PlanElement> elements, String word,
			Map<String, PlannedAndSpent> money) {
		List<BudgetRow> rows = new ArrayList<>();
		for (PlanElement element : elements) {
			PlannedAndSpent amounts = money.get(element.getName());
			if (amounts != null) {
				rows.add(new BudgetRow(word + " " + element.getName(), amounts));
			}
		}
		return rows;
	}

	/** A table and a chart of one level's money; {@code id} names the chart whatever the level is called. */
	private static void money(MarkupBuilder html, String id, String level, List<BudgetRow> rows, String currency) {
		if (rows.isEmpty()) {
			return;
		}
		table(html, "Planned and spent by " + LevelWords.inText(level), level, "Planned", "Spent", "Remaining",
				"Share spent");
		for (BudgetRow row : rows) {
			PlannedAndSpent money = row.money();
			html.open("tr").element("th", row.label(), "scope", "row");
			html.element("td", Figures.money(money.planned(), currency), "class", "amount");
			html.element("td", Figures.money(money.spent(), currency), "class", "amount");
			html.element("td", Figures.money(money.remaining(), currency), "class", "amount");
			html.element("td", money.spentShare().isPresent() ? Figures.percent(money.spentShare().getAsDouble())
					: "\u2014", "class", "amount");
			html.close("tr");
		}
		endTable(html);
		html.open("figure", "class", "budget-chart");
		html.raw(BudgetChart.render("budget-" + id, "Planned and spent by "
				+ LevelWords.inText(level), rows, currency));
		html.close("figure");
	}

	private static void missingRates(MarkupBuilder html, List<MissingRate> missing) {
		if (missing.isEmpty()) {
			return;
		}
		paragraph(html, "Left out of the totals, because no exchange rate to the reporting currency is declared:");
		html.open("ul");
		missing.forEach(rate -> html.element("li", rate.describe()));
		html.close("ul");
	}
}
