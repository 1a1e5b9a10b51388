package org.itup.generator.progress;

import static org.itup.generator.MarkupBuilder.number;

import org.itup.generator.MarkupBuilder;

/**
 * The marks of a trajectory chart, each its own shape (baseline a square, milestone an open diamond, target a star,
 * measured value a filled circle) with a tooltip naming its value, and the legend that explains them and the lines.
 */
final class ChartMarks {

	private ChartMarks() {
	}

	static void baseline(MarkupBuilder svg, double x, double y, String what) {
		mark(svg, what, "<rect x=\"" + number(x - 4.5) + "\" y=\"" + number(y - 4.5)
				+ "\" width=\"9\" height=\"9\" fill=\"#fff\" stroke=\"#1a1a1a\" stroke-width=\"1.8\"/>");
	}

	static void milestone(MarkupBuilder svg, double x, double y, String what) {
		mark(svg, what, "<polygon points=\"" + diamond(x, y, 6) + "\" fill=\"#fff\" stroke=\"#1f3a5f\""
				+ " stroke-width=\"1.8\"/>");
	}

	static void target(MarkupBuilder svg, double x, double y, String what) {
		mark(svg, what, "<polygon points=\"" + star(x, y, 8) + "\" fill=\"#1f3a5f\"/>");
	}

	static void measured(MarkupBuilder svg, double x, double y, String what) {
		mark(svg, what, "<circle cx=\"" + number(x) + "\" cy=\"" + number(y) + "\" r=\"4.5\" fill=\"#1a1a1a\"/>");
	}

	private static void mark(MarkupBuilder svg, String what, String shape) {
		svg.open("g").element("title", what).raw(shape).close("g");
	}

	private static String diamond(double x, double y, double r) {
		return number(x) + "," + number(y - r) + " " + number(x + r) + "," + number(y) + " " + number(x) + ","
				+ number(y + r) + " " + number(x - r) + "," + number(y);
	}

	/** A five-pointed star, its points alternating between the outer and an inner radius. */
	private static String star(double x, double y, double r) {
		StringBuilder points = new StringBuilder();
		for (int i = 0; i < 10; i++) {
			double radius = i % 2 == 0 ? r : r * 0.45;
			double angle = -Math.PI / 2 + i * Math.PI / 5;
			points.append(i == 0 ? "" : " ").append(number(x + radius * Math.cos(angle))).append(',')
					.append(number(y + radius * Math.sin(angle)));
		}
		return points.toString();
	}

	/** What the charts' marks and lines mean, once above the charts of a section. */
	static void legend(MarkupBuilder html) {
		html.open("ul", "class", "legend", "aria-label", "How to read the trajectory charts");
		item(html, "<circle cx=\"12\" cy=\"8\" r=\"4.5\" fill=\"#1a1a1a\"/><path d=\"M0 8H24\" stroke=\"#1a1a1a\""
				+ " stroke-width=\"2\"/>", "measured values (solid line)");
		item(html, "<rect x=\"7.5\" y=\"3.5\" width=\"9\" height=\"9\" fill=\"#fff\" stroke=\"#1a1a1a\""
				+ " stroke-width=\"1.8\"/>", "baseline (square)");
		item(html, "<polygon points=\"" + diamond(12, 8, 6) + "\" fill=\"#fff\" stroke=\"#1f3a5f\""
				+ " stroke-width=\"1.8\"/>", "milestone (open diamond)");
		item(html, "<polygon points=\"" + star(12, 8, 8) + "\" fill=\"#1f3a5f\"/>", "final target (star)");
		item(html, "<path d=\"M0 8H24\" stroke=\"#1f3a5f\" stroke-width=\"1.5\" stroke-dasharray=\"7 4\"/>",
				"planned path (dashed)");
		item(html, "<path d=\"M0 8H24\" stroke=\"#b35410\" stroke-width=\"2\" stroke-dasharray=\"2 4\"/>",
				"projection at the pace so far (dotted)");
		item(html, "<path d=\"M12 0V16\" stroke=\"#777\" stroke-dasharray=\"5 3\"/>",
				"the reported period (vertical dashes)");
		html.close("ul");
	}

	private static void item(MarkupBuilder html, String shape, String text) {
		html.open("li").open("svg", "width", "24", "height", "16", "viewBox", "0 0 24 16", "aria-hidden", "true",
				"focusable", "false").raw(shape).close("svg").text(" " + text).close("li");
	}
}
