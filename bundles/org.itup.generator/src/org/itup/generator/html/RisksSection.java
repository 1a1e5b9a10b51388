package org.itup.generator.html;

import java.util.List;
import java.util.Objects;

import org.itup.generator.MarkupBuilder;
import org.itup.model.Mitigation;
import org.itup.model.RiskTreatment;
import org.itup.model.StrategicRisk;

/** The risk register: each strategic risk, its aspects, and its mitigations grouped by treatment type. */
final class RisksSection extends ReportSection {

	private static final List<RiskTreatment> ORDER = List.of(RiskTreatment.AVOIDANCE, RiskTreatment.LIMITATION,
			RiskTreatment.TRANSFER, RiskTreatment.ACCEPTANCE, RiskTreatment.UNSPECIFIED);

	@Override
	String id() {
		return "risks";
	}

	@Override
	String heading() {
		return "Risk register";
	}

	@Override
	void body(ReportContext context, MarkupBuilder html) {
		for (StrategicRisk risk : context.plan().risks()) {
			html.open("article", "id", "risk-" + risk.getName(), "class", "risk");
			html.element("h3", "Risk " + risk.getName() + ": " + Objects.requireNonNullElse(risk.getTitle(), ""));
			if (!risk.getAspects().isEmpty()) {
				html.open("ul", "class", "aspects");
				risk.getAspects().forEach(aspect -> html.element("li", aspect));
				html.close("ul");
			}
			mitigations(html, risk);
			html.close("article");
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
