package org.itup.generator.html;

import java.util.List;
import java.util.Objects;

import org.itup.analysis.Ownership;
import org.itup.analysis.chain.ChainLink;
import org.itup.analysis.chain.ChainLinkKind;
import org.itup.analysis.vocabulary.PlanVocabulary;
import org.itup.generator.MarkupBuilder;
import org.itup.generator.svg.ElementKindKey;
import org.itup.generator.svg.ElementText;
import org.itup.generator.svg.SectorPalette;
import org.itup.model.Objective;
import org.itup.model.PlanElement;
import org.itup.model.PlanLevel;
import org.itup.model.Sector;

/**
 * The objectives sector by sector, each with its goals, budget lines, indicators, outcomes, outputs (with theirs) and
 * enablers; a diagram per sector.
 */
final class ObjectivesSection extends ReportSection {

	@Override
	String id() {
		return "objectives";
	}

	@Override
	String heading(ReportContext context) {
		PlanVocabulary words = context.words();
		return words.manyTitle(PlanLevel.OBJECTIVE) + " by " + words.one(PlanLevel.SECTOR);
	}

	@Override
	void body(ReportContext context, MarkupBuilder html) {
		PlanVocabulary words = context.words();
		for (Sector sector : context.plan().sectors()) {
			html.open("section", "id", "sector-" + ElementText.fileName(sector.getName()), "class", "sector");
			html.element("h3", sector.getName() + ": " + Objects.requireNonNullElse(sector.getTitle(), ""));
			if (sector.getBureau() != null) {
				paragraph(html, "Bureau: " + sector.getBureau().getName() + " "
						+ Objects.requireNonNullElse(sector.getBureau().getTitle(), ""));
			}
			MeasuresMarkup.budgets(html, context.words(), sector, sector.getBudgets());
			sector.getObjectives().forEach(objective -> objective(context, html, objective));
			html.open("details").element("summary",
					"Diagram of " + words.one(PlanLevel.SECTOR) + " " + SectorPalette.nameOf(sector));
			DiagramSection.figure(html, context, "sector-" + ElementText.fileName(sector.getName()),
					"The " + words.many(PlanLevel.OBJECTIVE) + " of " + words.one(PlanLevel.SECTOR) + " "
							+ SectorPalette.nameOf(sector) + ", what they serve and what contributes to them.");
			html.close("details").close("section");
		}
	}

	private static void objective(ReportContext context, MarkupBuilder html, Objective objective) {
		html.open("article", "id", ElementKindKey.of(objective), "class", "objective");
		PlanVocabulary words = context.words();
		html.element("h4", words.kindAndCode(objective) + ": " + ElementText.title(objective));
		paragraph(html, objective.getStatement());
		List<ChainLink> goals = context.chain().linksFrom(objective);
		goalLinks(html, goals, ChainLinkKind.PRIMARY, "Primary goals: ");
		goalLinks(html, goals, ChainLinkKind.SECONDARY, "Secondary goals: ");
		contributors(html, objective);
		MeasuresMarkup.budgets(html, context.words(), objective, objective.getBudgets());
		MeasuresMarkup.indicators(html, context.words(), objective, objective.getIndicators());
		statements(html, words.manyTitle(PlanLevel.OUTCOME) + " of " + objective.getName(),
				words.oneTitle(PlanLevel.OUTCOME), objective.getOutcomes());
		objective.getOutcomes().forEach(outcome -> MeasuresMarkup.indicators(html, context.words(), outcome, outcome.getIndicators()));
		statements(html, words.manyTitle(PlanLevel.OUTPUT) + " of " + objective.getName(),
				words.oneTitle(PlanLevel.OUTPUT), objective.getOutputs());
		objective.getOutputs().forEach(output -> {
			MeasuresMarkup.budgets(html, context.words(), output, output.getBudgets());
			MeasuresMarkup.indicators(html, context.words(), output, output.getIndicators());
		});
		var enablers = context.chain().enablersOf(objective);
		if (!enablers.isEmpty()) {
			html.open("p").text("Supported by " + words.many(PlanLevel.ENABLER) + ": ");
			enablers.forEach(enabler -> {
				link(html, ElementKindKey.of(enabler), enabler.getName());
				html.text(" ");
			});
			html.close("p");
		}
		html.close("article");
	}

	/** Shared ownership: the sector that holds the objective leads it, these contribute. */
	private static void contributors(MarkupBuilder html, Objective objective) {
		List<Sector> contributors = Ownership.contributors(objective);
		Sector lead = Ownership.lead(objective);
		if (!contributors.isEmpty() && lead != null) {
			html.open("p", "class", "ownership").text("Led by " + lead.getName() + ", with contributions from: ");
			contributors.forEach(sector -> html.text(sector.getName() + " "));
			html.close("p");
		}
	}

	private static void goalLinks(MarkupBuilder html, List<ChainLink> links, ChainLinkKind kind, String label) {
		List<PlanElement> goals = links.stream().filter(link -> link.kind() == kind).map(ChainLink::result).toList();
		if (!goals.isEmpty()) {
			html.open("p").text(label);
			goals.forEach(goal -> {
				link(html, ElementKindKey.of(goal), goal.getName());
				html.text(" ");
			});
			html.close("p");
		}
	}

	private static void statements(MarkupBuilder html, String caption, String column,
			List<? extends PlanElement> elements) {
		if (elements.isEmpty()) {
			return;
		}
		head(html, caption, "Code", column);
		for (PlanElement element : elements) {
			html.open("tr", "id", ElementKindKey.of(element)).element("th", element.getName(), "scope", "row");
			cells(html, ElementText.title(element));
			html.close("tr");
		}
		endTable(html);
	}
}
