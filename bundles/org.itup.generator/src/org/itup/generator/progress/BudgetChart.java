package org.itup.generator.progress;

import static org.itup.generator.MarkupBuilder.number;

import java.math.BigDecimal;
import java.util.List;

import org.itup.generator.MarkupBuilder;

/**
 * Planned against spent as horizontal bars, two per row: planned an outlined light bar, spent a solid dark bar
 * below it, each followed by its amount in words, so the chart reads without telling the colours apart.
 */
public final class BudgetChart {

	private static final double WIDTH = 720;
	private static final double LABEL = 190;
	private static final double BARS = 330;
	private static final double ROW = 44;
	private static final double TOP = 8;

	private BudgetChart() {
	}

	public static String render(String id, String title, List<BudgetRow> rows, String currency) {
		double height = TOP * 2 + ROW * rows.size();
		ChartScale scale = scale(rows);
		MarkupBuilder svg = new MarkupBuilder();
		svg.open("svg", "xmlns", "http://www.w3.org/2000/svg", "class", "budget", "viewBox",
				"0 0 " + number(WIDTH) + " " + number(height), "width", number(WIDTH), "height", number(height),
				"role", "img", "aria-labelledby", id + "-title " + id + "-desc");
		svg.element("title", title, "id", id + "-title");
		svg.element("desc", description(rows, currency), "id", id + "-desc");
		double y = TOP;
		for (BudgetRow row : rows) {
			svg.element("text", row.label(), "x", number(LABEL - 8), "y", number(y + 20), "text-anchor", "end",
					"font-size", "12", "fill", "#1a1a1a");
			bar(svg, scale, y + 4, row.money().planned(), "planned " + Figures.money(row.money().planned(), currency),
					"#dce8f5", "#1f3a5f");
			bar(svg, scale, y + 21, row.money().spent(), "spent " + Figures.money(row.money().spent(), currency),
					"#1f3a5f", "#1f3a5f");
			y += ROW;
		}
		svg.empty("line", "x1", number(LABEL), "x2", number(LABEL), "y1", number(TOP), "y2", number(height - TOP),
				"stroke", "#555");
		return svg.close("svg").toString();
	}

	/** The amount scale from 0 to the largest amount of the rows, in pixels of the bar area. */
	public static ChartScale scale(List<BudgetRow> rows) {
		double largest = rows.stream()
				.mapToDouble(row -> Math.max(row.money().planned().doubleValue(), row.money().spent().doubleValue()))
				.max().orElse(0);
		return new ChartScale(0, largest > 0 ? largest : 1, LABEL, LABEL + BARS, largest > 0 ? largest : 1);
	}

	private static void bar(MarkupBuilder svg, ChartScale scale, double y, BigDecimal amount, String text,
			String fill, String stroke) {
		double length = Math.max(0, scale.at(Math.max(0, amount.doubleValue())) - LABEL);
		svg.empty("rect", "x", number(LABEL), "y", number(y), "width", number(length), "height", "14", "fill", fill,
				"stroke", stroke);
		svg.element("text", text, "x", number(LABEL + length + 6), "y", number(y + 11), "font-size", "11", "fill",
				"#1a1a1a");
	}

	private static String description(List<BudgetRow> rows, String currency) {
		return String.join("; ", rows.stream().map(row -> row.label() + ": planned "
				+ Figures.money(row.money().planned(), currency) + ", spent "
				+ Figures.money(row.money().spent(), currency)).toList()) + ".";
	}
}
