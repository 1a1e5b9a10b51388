package org.itup.analysis.risk;

import java.util.ArrayList;
import java.util.List;

import org.itup.model.Plan;
import org.itup.model.StrategicRisk;

/**
 * The plan's risks placed by likelihood and impact on the plan's risk scale (low, medium, high unless its header
 * declares another, lowest first), as a risk matrix shows them. Risks without both ratings, or rated off the scale
 * (a validation error), are left out and listed as unrated.
 */
public final class RiskMatrix {

	public static final List<String> DEFAULT_SCALE = List.of("low", "medium", "high");

	private final List<String> scale;
	private final List<StrategicRisk> risks;

	public RiskMatrix(List<Plan> parts, List<StrategicRisk> risks) {
		this.scale = scaleOf(parts);
		this.risks = List.copyOf(risks);
	}

	/** The levels the first part that declares any declares; the default scale when none does. */
	public static List<String> scaleOf(List<Plan> parts) {
		return parts.stream().map(part -> List.copyOf(part.getRiskScale())).filter(list -> !list.isEmpty())
				.findFirst().orElse(DEFAULT_SCALE);
	}

	public List<String> scale() {
		return scale;
	}

	/** The risks rated {@code likelihood} and {@code impact}, in plan order. */
	public List<StrategicRisk> at(String likelihood, String impact) {
		return risks.stream()
				.filter(risk -> likelihood.equals(risk.getLikelihood()) && impact.equals(risk.getImpact())).toList();
	}

	/** Whether any risk is placed in the matrix. */
	public boolean hasRatedRisks() {
		return risks.stream().anyMatch(this::placed);
	}

	/** The risks the matrix cannot place: a rating missing or off the scale. */
	public List<StrategicRisk> unrated() {
		List<StrategicRisk> unrated = new ArrayList<>();
		risks.stream().filter(risk -> !placed(risk)).forEach(unrated::add);
		return unrated;
	}

	private boolean placed(StrategicRisk risk) {
		return risk.getLikelihood() != null && risk.getImpact() != null && scale.contains(risk.getLikelihood())
				&& scale.contains(risk.getImpact());
	}
}
