package org.itup.dsl.ide.contentassist;

import java.util.Map;

/**
 * Skeletons of the elements a planner adds most often, in LSP snippet syntax ({@code ${1:code}} is the first place
 * to fill in). Keyed by the grammar rule whose leading keyword the planner has started to type.
 */
final class PlanTemplates {

	static final Map<String, String> BY_RULE = Map.of(
			"Goal", """
					goal ${1:code} "${2:title}" {
					    statement "${3:what the goal sets out to achieve}"
					}""",
			"Target", """
					target ${1:code} "${2:statement}" {
					    by ${3:2023}
					    level ${4:100} "${5:%}"
					}""",
			"Objective", """
					objective ${1:code} "${2:title}" {
					    statement "${3:statement}"
					    primary goal ${4:goal}
					    outcome ${5:code}-a "${6:outcome}"
					    output ${5:code}-1 "${7:output}"
					}""",
			"StrategicRisk", """
					risk ${1:code} "${2:title}" {
					    aspect "${3:what could go wrong}"
					    mitigation ${4|avoidance,limitation,transfer,acceptance|} "${5:how it is treated}"
					}""");

	private PlanTemplates() {
	}

	/** The label completion shows, e.g. "new goal". */
	static String label(String keyword) {
		return "new " + keyword;
	}
}
