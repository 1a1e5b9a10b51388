package org.itup.generator.html;

import static org.itup.generator.MarkupBuilder.number;

import java.util.ArrayList;
import java.util.List;

import org.itup.generator.MarkupBuilder;
import org.itup.generator.svg.LaidOutDiagram;
import org.itup.generator.svg.SvgRenderer;

/**
 * A diagram's printout: shrunk to the page width, a wide diagram's 12 px text would print at 3 points. The printout
 * instead shows the drawing in parts of one A4 page each, at a scale that keeps its text at 7.2 points, left to right
 * then top to bottom, each part named with its place (parts without a box are left out); a diagram that fits a
 * page prints whole. The parts reuse the
 * drawing on screen ({@code <use>}), so the page grows by a few lines per part, not by a copy of the diagram.
 */
final class PrintTiles {

	/** 12 px diagram text at this scale prints at 7.2 pt, above the 7 pt a reader still reads. */
	private static final double SCALE = 0.8;
	/** A4 portrait less the margins of {@code @page}, in CSS pixels: 182 mm wide, 269 mm high less a caption. */
	private static final double PAGE_WIDTH = 680;
	private static final double PAGE_HEIGHT = 930;

	private PrintTiles() {
	}

	/** A part of the page that only links cross (or nothing) is left out of the printout. */
	private static boolean holdsANode(LaidOutDiagram diagram, double top, double[] part, double width, double height) {
		return diagram.nodes().stream().anyMatch(node -> node.x() < part[0] + width && part[0] < node.x() + node.width()
				&& node.y() + top < part[1] + height && part[1] < node.y() + top + node.height());
	}

	static void write(MarkupBuilder html, LaidOutDiagram diagram, SvgRenderer renderer) {
		double width = renderer.canvasWidth(diagram);
		double height = renderer.canvasHeight(diagram);
		int columns = (int) Math.ceil(width * SCALE / PAGE_WIDTH);
		int rows = (int) Math.ceil(height * SCALE / PAGE_HEIGHT);
		double tileWidth = Math.ceil(width / columns);
		double tileHeight = Math.ceil(height / rows);
		String drawing = "#diagram-" + diagram.scope().id() + "-drawing";
		double top = height - diagram.height();
		List<double[]> parts = new ArrayList<>();
		for (int row = 0; row < rows; row++) {
			for (int column = 0; column < columns; column++) {
				double[] part = { column * tileWidth, row * tileHeight, row + 1, column + 1 };
				if (holdsANode(diagram, top, part, tileWidth, tileHeight)) {
					parts.add(part);
				}
			}
		}
		html.open("div", "class", "print-tiles", "aria-hidden", "true");
		for (double[] part : parts) {
			html.open("div", "class", "print-tile");
			if (parts.size() > 1) {
				html.element("p", "Part " + (parts.indexOf(part) + 1) + " of " + parts.size() + ": row "
						+ (int) part[2] + ", column " + (int) part[3], "class", "tile-place");
			}
			html.open("svg", "xmlns", "http://www.w3.org/2000/svg", "viewBox", number(part[0]) + " " + number(part[1])
					+ " " + number(tileWidth) + " " + number(tileHeight), "width", number(tileWidth * SCALE), "height",
					number(tileHeight * SCALE), "font-family", "sans-serif", "font-size", "12");
			html.empty("use", "href", drawing).close("svg").close("div");
		}
		html.close("div");
	}
}
