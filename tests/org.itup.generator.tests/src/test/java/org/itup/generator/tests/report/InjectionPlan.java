package org.itup.generator.tests.report;

import java.util.List;

/**
 * A valid strategic plan and an operational plan whose text fields hold the injection corpus. There is one of each
 * repeatable element per corpus string, and field number {@code f} of element {@code j} holds string
 * {@code (j + f) mod n}: every repeatable field gets every string. The plan's own title, period texts, vision and
 * mission exist once, so each holds one string.
 */
final class InjectionPlan {

	private final List<String> corpus;
	private final StringBuilder text = new StringBuilder();
	private int element;
	private int field;
	private final List<String> targetUnits = new java.util.ArrayList<>();

	private InjectionPlan(List<String> corpus) {
		this.corpus = corpus;
	}

	static String strategic(List<String> corpus) {
		return new InjectionPlan(corpus).strategicPlan();
	}

	static String operational(List<String> corpus) {
		return new InjectionPlan(corpus).operationalPlan();
	}

	/**
	 * A monitoring file of the strategic plan: per element a measurement of its target in the target's own unit (as
	 * the strategic plan wrote it), spending on its objective and an assessment.
	 */
	static String monitoring(List<String> corpus) {
		InjectionPlan plan = new InjectionPlan(corpus);
		plan.strategicPlan();
		return plan.monitoringFile();
	}

	/** The title the report page must keep: no payload may change it. */
	static String title(List<String> corpus) {
		return corpus.get(0);
	}

	private String strategicPlan() {
		text.append("plan inject ").append(s()).append(" period 2024 to 2027\nadopted by ").append(s())
				.append("\ncurrency ").append(s()).append('\n');
		// every string is a currency with a rate, so each budget and expenditure below can be added up
		for (String currency : corpus) {
			text.append("rate ").append(literal(currency)).append(" 1\n");
		}
		// the plan's names for its levels are text every output shows, so they hold the corpus too
		text.append("vocabulary {\n");
		for (String level : List.of("sector", "objective", "outcome", "output", "enabler")) {
			text.append("  ").append(level).append(' ').append(s()).append(", ").append(s()).append('\n');
		}
		text.append("}\nvision ").append(s()).append("\nmission ").append(s()).append('\n');
		for (element = 0; element < corpus.size(); element++) {
			field = 0;
			int code = element + 1;
			text.append("value V").append(code).append(' ').append(s()).append(' ').append(s()).append('\n')
					.append("goal ").append(code).append(' ').append(s()).append(" {\n  statement ").append(s())
					.append("\n  description ").append(s()).append("\n  target ").append(code).append(".1 ")
					.append(s()).append(" {\n    by 2027 increase 5 ").append(unit()).append(" baseline 2023 value 1 ")
					.append(s()).append(" population ").append(s()).append("\n    indicator ").append(s())
					.append(" { unit ").append(s()).append(" source ").append(s()).append(" responsible ").append(s())
					.append(" }\n  }\n}\n");
			sector(code);
			text.append("risk R").append(code).append(' ').append(s()).append(" {\n  owner ").append(s())
					.append("\n  aspect ").append(s())
					.append("\n  mitigation limitation ").append(s()).append("\n}\nswot { strength ").append(s())
					.append(" threat ").append(s()).append(" }\ncriterion ").append(s()).append(' ').append(s())
					.append(" { criterion ").append(s()).append(" }\nterm ").append(s()).append(" { definition ")
					.append(s()).append(" fr ").append(s()).append(" }\n");
		}
		return text.toString();
	}

	private void sector(int code) {
		String objective = "S" + code + ".1";
		text.append("sector S").append(code).append(' ').append(s()).append(" {\n  bureau B").append(code).append(' ')
				.append(s()).append("\n  budget 1 ").append(s()).append("\n  objective ").append(objective).append(' ').append(s())
				.append(" {\n    statement ").append(s()).append("\n    primary goal ").append(code)
				.append("\n    outcome ").append(objective).append("-a ").append(s()).append(" { indicator ")
				.append(s()).append(" { unit ").append(s()).append(" } }\n    output ").append(objective)
				.append("-1 ").append(s()).append("\n  }\n  enabler E").append(code).append(' ').append(s())
				.append(" {\n    supports ").append(objective).append("\n    activity ").append(s())
				.append("\n    contribution ").append(s()).append("\n    result ").append(s()).append("\n  }\n}\n");
	}

	private String operationalPlan() {
		text.append("operational plan inject-2024 for S1 year 2024\nimplements inject\nresponsible ").append(s())
				.append("\nobjective S1.1 {\n  output S1.1-1 {\n");
		work("    ");
		text.append("  }\n}\n");
		for (element = 0; element < corpus.size(); element++) {
			field = 0;
			text.append("retired output X").append(element + 1).append(" {\n");
			work("  ");
			text.append("}\n");
		}
		return text.toString();
	}

	private void work(String indent) {
		text.append(indent).append("responsible ").append(s()).append('\n').append(indent).append("activity ")
				.append(s()).append('\n').append(indent).append("indicator ").append(s()).append(" { unit ")
				.append(s()).append(" }\n").append(indent).append("resources 1 ").append(s()).append(' ').append(s()).append('\n')
				.append(indent).append("plan 2024 ").append(s()).append('\n').append(indent).append("forecast 2025 ")
				.append(s()).append('\n');
	}

	/** The next field's string, as a plan-language string literal. */
	private String s() {
		return literal(corpus.get((element + field++) % corpus.size()));
	}

	/** As {@link #s()}, remembered as the unit of the element's target, which its measurement must repeat. */
	private String unit() {
		String unit = s();
		targetUnits.add(unit);
		return unit;
	}

	private static String literal(String value) {
		return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\t", "\\t") + '"';
	}

	private String monitoringFile() {
		StringBuilder monitoring = new StringBuilder("monitoring of inject\n");
		for (element = 0; element < corpus.size(); element++) {
			field = 0;
			int code = element + 1;
			monitoring.append("measured ").append(code).append(".1 in 2025 value 2 ").append(targetUnits.get(element))
					.append(" source ").append(s()).append(" date ").append(s()).append(" note ").append(s())
					.append("\nspent 1 ").append(s()).append(" on S").append(code).append(".1 in 2025\nassessment S")
					.append(code).append(".1 in 2025 ").append(s()).append('\n');
		}
		return monitoring.toString();
	}
}
