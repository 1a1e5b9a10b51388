package org.itup.bench.scale;

import java.util.Locale;
import java.util.Random;

import org.itup.model.Objective;
import org.itup.model.Output;
import org.itup.model.Sector;

/**
 * The yearly operational plan of one sector of a scaled plan (Annex 3): every objective of the sector and every
 * output under it, each with a responsible unit, activities, an indicator, resources, the detailed year and three
 * forecast years, worded by a seeded random.
 */
final class OperationalPlanText {

	private static final String[] VERBS = { "Prepare", "Organise", "Publish", "Review", "Coordinate", "Deliver",
			"Update", "Assess", "Train staff for", "Consult members on" };

	private static final String[] WORKS = { "the study group meetings", "the regional workshops",
			"the annual report", "the capacity-building programme", "the database of records", "the handbook",
			"the expert group", "the online platform", "the member survey", "the conference preparations" };

	private static final String[] UNITS = { "Studies department", "Operations department", "Regional office",
			"Director's office", "Projects division", "Publications service" };

	private final ScaledPlan plan;

	private final Random random;

	private final StringBuilder text = new StringBuilder();

	private final TextVariation variation;

	OperationalPlanText(ScaledPlan plan, Random random) {
		this.plan = plan;
		this.random = random;
		this.variation = new TextVariation(random);
	}

	/** The name the operational plan's file and header carry: plan, sector and year. */
	static String name(ScaledPlan plan, Sector sector, int year) {
		return plan.name() + "-" + sectorCode(plan, sector).toLowerCase(Locale.ROOT) + "-" + year;
	}

	static String sectorCode(ScaledPlan plan, Sector sector) {
		return sector.getName().replace("ITU", plan.organisation());
	}

	String write(Sector sector, int year) {
		text.append("// Operational plan of ").append(sectorCode(plan, sector)).append(" for ").append(year)
				.append(": the detailed year and the forecast of the three years after it (Annex 3).\n");
		text.append("operational plan ").append(name(plan, sector, year)).append(" for ")
				.append(sectorCode(plan, sector)).append(" year ").append(year).append('\n');
		text.append("implements ").append(plan.name()).append('\n');
		text.append("responsible \"").append(pick(UNITS)).append("\"\n");
		for (Objective objective : sector.getObjectives()) {
			text.append("\nobjective ").append(objective.getName()).append(" {\n");
			objective.getOutputs().forEach(output -> output(output, year));
			text.append("}\n");
		}
		return text.toString();
	}

	private void output(Output output, int year) {
		text.append("\toutput ").append(output.getName()).append(" {\n");
		line("responsible", pick(UNITS));
		for (int i = 1 + random.nextInt(3); i > 0; i--) {
			line("activity", pick(VERBS) + " " + pick(WORKS));
		}
		text.append("\t\tindicator \"").append(variation.vary("Share of planned outputs delivered on time"))
				.append("\" { unit \"%\" target ").append(80 + random.nextInt(20)).append(" direction increase }\n");
		int staff = 1 + random.nextInt(5);
		line("resources " + (50 + random.nextInt(400)) * 1000 + " \"CHF\"", staff + " staff");
		line("plan " + year, variation.vary(statementOf(output)));
		for (int forecast = year + 1; forecast <= year + 3; forecast++) {
			line("forecast " + forecast, pick(VERBS) + " " + pick(WORKS));
		}
		text.append("\t}\n");
	}

	private static String statementOf(Output output) {
		String statement = output.getStatement();
		return statement == null ? output.getName() : statement.replace("ITU", "the organisation");
	}

	private void line(String keyword, String value) {
		text.append("\t\t").append(keyword).append(" \"").append(value.replace("\\", "\\\\").replace("\"", "\\\""))
				.append("\"\n");
	}

	private String pick(String[] choices) {
		return choices[random.nextInt(choices.length)];
	}
}
