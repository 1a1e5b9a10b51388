package org.itup.generator.html;

import java.util.ArrayList;
import java.util.Collections;

import org.itup.analysis.risk.RiskMatrix;
import java.util.List;
import java.util.Objects;

import org.itup.generator.MarkupBuilder;
import org.itup.model.Mitigation;
import org.itup.model.RiskTreatment;
import org.itup.model.StrategicRisk;

/**
 * The risk register: a risk matrix when risks are rated, then each strategic risk with its rating and owner, its
 * aspects, and its mitigations grouped by treatment type.
 */
final class RisksSection extends ReportSection {

	private static final List<RiskTreatment> ORDER = List.of(RiskTreatment.AVOIDANCE, RiskTreatment.LIMITATION,
			RiskTreatment.TRANSFER, RiskTreatment.ACCEPTANCE, RiskTreatment.UNSPECIFIED);

	@Override
	String id() {
		return "risks";
	}

	@Override
	String heading(ReportContext context) {
		return "Risk register";
	}

	@Override
	void body(ReportContext context, MarkupBuilder html) {
		RiskMatrix matrix = new RiskMatrix(context.plan().parts(), context.plan().risks());
		if (matrix.hasRatedRisks()) {
			matrix(html, matrix);
		}
		for (StrategicRisk risk : context.plan().risks()) {
			html.open("article", "id", "risk-" + risk.getName(), "class", "risk");
			html.element("h3", "Risk " + risk.getName() + ": " + Objects.requireNonNullElse(risk.getTitle(), ""));
			rating(html, risk);
			if (!risk.getAspects().isEmpty()) {
				html.open("ul", "class", "aspects");
				risk.getAspects().forEach(aspect -> html.element("li", aspect));
				html.close("ul");
			}
			mitigations(html, risk);
			html.close("article");
		}
	}

	/** Likelihood down the side (highest first), impact across; each cell lists the risks rated so, by code. */
	private static void matrix(MarkupBuilder html, RiskMatrix matrix) {
		List<String> columns = new ArrayList<>();
		columns.add("Likelihood \\ impact");
		columns.addAll(matrix.scale());
		head(html, "Risk matrix: risks by likelihood and impact", columns.toArray(String[]::new));
		List<String> likelihoods = new ArrayList<>(matrix.scale());
		Collections.reverse(likelihoods);
		for (String likelihood : likelihoods) {
			html.open("tr").element("th", likelihood, "scope", "row");
			for (String impact : matrix.scale()) {
				html.open("td");
				matrix.at(likelihood, impact).forEach(risk -> html.open("a", "href", "#risk-" + risk.getName())
						.text("Risk " + risk.getName()).close("a").raw(" "));
				html.close("td");
			}
			html.close("tr");
		}
		endTable(html);
		if (!matrix.unrated().isEmpty()) {
			paragraph(html, "Not rated for both likelihood and impact: " + matrix.unrated().stream()
					.map(StrategicRisk::getName).collect(java.util.stream.Collectors.joining(", ")) + ".");
		}
	}

	private static void rating(MarkupBuilder html, StrategicRisk risk) {
		List<String> parts = new ArrayList<>();
		if (risk.getLikelihood() != null) {
			parts.add("Likelihood: " + risk.getLikelihood());
		}
		if (risk.getImpact() != null) {
			parts.add("Impact: " + risk.getImpact());
		}
		if (risk.getOwner() != null) {
			parts.add("Owner: " + risk.getOwner());
		}
		if (!parts.isEmpty()) {
			html.element("p", String.join(" · ", parts), "class", "rating");
		}
	}

	private static void mitigations(MarkupBuilder html, StrategicRisk risk) {
		if (risk.getMitigations().isEmpty()) {
			paragraph(html, "No mitigation.");
			return;
		}
		head(html, "Mitigations of risk " + risk.getName() + " by treatment", "Treatment", "Mitigation");
		for (RiskTreatment treatment : ORDER) {
			List<Mitigation> group = risk.getMitigations().stream()
					.filter(mitigation -> mitigation.getTreatment() == treatment).toList();
			for (Mitigation mitigation : group) {
				html.open("tr");
				if (mitigation == group.get(0)) {
					html.element("th", treatment.getLiteral(), "scope", "rowgroup", "rowspan", "" + group.size());
				}
				cells(html, mitigation.getStatement());
				html.close("tr");
			}
		}
		endTable(html);
	}
}
