package org.itup.generator.svg;

import static org.itup.generator.MarkupBuilder.number;

import org.itup.generator.MarkupBuilder;

/**
 * The outline of a node, one per level of the chain, so that the level shows even in grey print and to readers who
 * cannot tell the sector colours apart: goals cut-cornered, targets square, objectives rounded, outcomes round-ended,
 * outputs slanted, enablers pointed. The legend draws the same outlines small.
 */
final class NodeShape {

	/** How far the cut, slanted and pointed outlines reach in from the box; the label's padding keeps clear of it. */
	static final double INSET = 6;

	private NodeShape() {
	}

	static void draw(MarkupBuilder svg, ChainLevel level, double x, double y, double width, double height,
			String fill, String stroke) {
		String css = "shape " + level.key();
		switch (level) {
		case GOAL -> polygon(svg, css, fill, stroke, x + INSET, y, x + width - INSET, y, x + width, y + INSET, x + width,
				y + height - INSET, x + width - INSET, y + height, x + INSET, y + height, x, y + height - INSET, x,
				y + INSET);
		case TARGET -> rect(svg, css, fill, stroke, x, y, width, height, 0);
		case OBJECTIVE -> rect(svg, css, fill, stroke, x, y, width, height, 6);
		case OUTCOME -> rect(svg, css, fill, stroke, x, y, width, height, height / 2);
		case OUTPUT -> polygon(svg, css, fill, stroke, x + INSET, y, x + width, y, x + width - INSET, y + height, x,
				y + height);
		case ENABLER -> polygon(svg, css, fill, stroke, x + INSET, y, x + width - INSET, y, x + width, y + height / 2,
				x + width - INSET, y + height, x + INSET, y + height, x, y + height / 2);
		}
	}

	private static void rect(MarkupBuilder svg, String css, String fill, String stroke, double x, double y,
			double width, double height, double radius) {
		svg.empty("rect", "class", css, "x", number(x), "y", number(y), "width", number(width), "height",
				number(height), "rx", number(radius), "fill", fill, "stroke", stroke, "stroke-width", "1.2");
	}

	private static void polygon(MarkupBuilder svg, String css, String fill, String stroke, double... corners) {
		StringBuilder points = new StringBuilder();
		for (int i = 0; i + 1 < corners.length; i += 2) {
			points.append(i == 0 ? "" : " ").append(number(corners[i])).append(',').append(number(corners[i + 1]));
		}
		svg.empty("polygon", "class", css, "points", points.toString(), "fill", fill, "stroke", stroke,
				"stroke-width", "1.2");
	}
}
