package org.itup.generator.svg;

import static org.itup.generator.MarkupBuilder.number;

import java.util.ArrayList;
import java.util.List;

import org.itup.analysis.vocabulary.PlanVocabulary;
import org.itup.generator.MarkupBuilder;
import org.itup.model.PlanLevel;
import org.itup.model.Sector;

/**
 * The legend on top of every diagram: the outline of each level of the chain, the colour of each sector (by name),
 * and the three kinds of line. Entries flow left to right and wrap to a new row at the diagram's width.
 */
final class DiagramLegend {

	private static final double ROW = 22;
	private static final double SWATCH = 14;

	/** A legend line: a level's outline, a sector's colour or a kind of link. */
	private record Entry(String label, ChainLevel level, String fill, String stroke, String dash, ChangeMark mark) {
		Entry(String label, ChainLevel level, String fill, String stroke, String dash) {
			this(label, level, fill, stroke, dash, null);
		}
	}

	private final List<Entry> entries = new ArrayList<>();
	private final double maxWidth;

	DiagramLegend(SectorPalette palette, PlanVocabulary words, double maxWidth, List<ChangeMark> marks) {
		this.maxWidth = maxWidth;
		for (ChainLevel level : ChainLevel.values()) {
			entries.add(new Entry(level.label(words), level, level == ChainLevel.GOAL ? SectorPalette.goalFill()
					: SectorPalette.targetFill(), "#555", null));
		}
		for (Sector sector : palette.sectors()) {
			entries.add(new Entry(SectorPalette.nameOf(sector), null, palette.fill(sector), palette.stroke(sector), null));
		}
		entries.add(new Entry("primary link", null, null, "#333", null));
		entries.add(new Entry("secondary link", null, null, "#777", "6 4"));
		entries.add(new Entry("target of a goal", null, null, "#777", "2 3"));
		entries.add(new Entry("\u2200 supports every " + words.one(PlanLevel.OBJECTIVE) + " (links not drawn)", null, null,
				null, null));
		for (ChangeMark mark : marks) {
			entries.add(new Entry(mark.legend(words), null, null, null, null, mark));
		}
	}

	double width() {
		return maxWidth;
	}

	double height() {
		return rows() * ROW + 10;
	}

	void draw(MarkupBuilder svg) {
		svg.open("g", "class", "legend", "aria-label", "Legend");
		double x = 12;
		double y = 8;
		for (Entry entry : entries) {
			double width = entryWidth(entry);
			if (x + width > maxWidth && x > 12) {
				x = 12;
				y += ROW;
			}
			svg.open("g", "class", "legend-entry", "data-level", entry.level() == null ? null : entry.level().key());
			swatch(svg, entry, x, y);
			svg.element("text", entry.label(), "x", number(x + 30), "y", number(y + 11), "fill", "#1a1a1a");
			svg.close("g");
			x += width;
		}
		svg.close("g");
	}

	private static void swatch(MarkupBuilder svg, Entry entry, double x, double y) {
		if (entry.mark() != null) {
			entry.mark().outline(svg, x + 3, y + 1, SWATCH * 1.6 - 6, SWATCH - 2);
		} else if (entry.level() != null) {
			NodeShape.draw(svg, entry.level(), x, y, SWATCH * 1.6, SWATCH, entry.fill(), entry.stroke());
		} else if (entry.fill() != null) {
			svg.empty("rect", "x", number(x), "y", number(y), "width", number(SWATCH * 1.6), "height", number(SWATCH),
					"rx", "3", "fill", entry.fill(), "stroke", entry.stroke() == null ? "#555" : entry.stroke());
		} else if (entry.stroke() != null) {
			svg.empty("line", "x1", number(x), "y1", number(y + 7), "x2", number(x + 24), "y2", number(y + 7),
					"stroke", entry.stroke(), "stroke-width", "1.6", "stroke-dasharray", entry.dash());
		}
	}

	private static double entryWidth(Entry entry) {
		return 30 + entry.label().length() * NodeLabel.CHARACTER_WIDTH + 18;
	}

	private int rows() {
		int rows = 1;
		double x = 12;
		for (Entry entry : entries) {
			double width = entryWidth(entry);
			if (x + width > maxWidth && x > 12) {
				x = 12;
				rows++;
			}
			x += width;
		}
		return rows;
	}
}
