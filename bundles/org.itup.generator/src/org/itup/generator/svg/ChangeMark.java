package org.itup.generator.svg;

import static org.itup.generator.MarkupBuilder.number;

import org.itup.analysis.vocabulary.PlanVocabulary;
import org.itup.generator.MarkupBuilder;
import org.itup.model.PlanLevel;

/**
 * How a diagram of a compared plan marks an element that changed since the old plan: an outline drawn around the
 * node, a different line for each mark, and the mark's word in a tag on the node, so the mark reads in grey print,
 * to readers who cannot tell colours apart and to screen readers (the word is part of the node's name).
 */
public enum ChangeMark {
	/** New in this plan: a solid double outline. */
	ADDED("added", "+ added", null, 2.4, "new in this plan (double outline)"),
	/** Moved to another goal, sector or objective (perhaps changed as well): a dotted outline. */
	MOVED("moved", "\u2192 moved", "1.5 3", 2.4, "to another goal, {sector} or {objective} (dotted outline)"),
	/** Renumbered, with changed values or links to goals, or split or merged: a dashed outline. */
	CHANGED("changed", "\u0394 changed", "6 3", 2, "values, code or links changed, or split or merged (dashed outline)");

	/** How far outside the node the mark's outline runs. */
	static final double OFFSET = 3.5;
	/** About how wide a character of the tag's 9-pixel type is. */
	private static final double TAG_CHARACTER_WIDTH = 5.4;

	private final String word;
	private final String tag;
	private final String dash;
	private final double strokeWidth;
	private final String legend;

	ChangeMark(String word, String tag, String dash, double strokeWidth, String legend) {
		this.word = word;
		this.tag = tag;
		this.dash = dash;
		this.strokeWidth = strokeWidth;
		this.legend = legend;
	}

	/** What the legend says of the mark, its sign and word first as on the tag, levels in the plan's words. */
	String legend(PlanVocabulary words) {
		return tag + ": " + legend.replace("{sector}", words.one(PlanLevel.SECTOR)).replace("{objective}",
				words.one(PlanLevel.OBJECTIVE));
	}

	/** The word screen readers hear after the node's name: "added". */
	public String word() {
		return word;
	}

	/**
	 * The tag on the node's top right corner, inside the box beside the code: a sign and the word, black on white
	 * whatever the node's colour. Hidden from screen readers, which hear the word in the node's name.
	 */
	void tag(MarkupBuilder svg, double right, double top) {
		double width = tag.length() * TAG_CHARACTER_WIDTH + 8;
		double x = right - width - 4;
		svg.open("g", "class", "mark-tag", "aria-hidden", "true");
		svg.empty("rect", "x", number(x), "y", number(top + 3), "width", number(width), "height", "13", "rx", "2",
				"fill", "#ffffff", "stroke", "#000", "stroke-width", "1");
		svg.element("text", tag, "x", number(x + 4), "y", number(top + 13), "font-size", "9", "fill", "#000");
		svg.close("g");
	}

	/** The outline around a box at x, y of this size. */
	void outline(MarkupBuilder svg, double x, double y, double width, double height) {
		svg.empty("rect", "class", "mark " + word, "x", number(x - OFFSET), "y",
				number(y - OFFSET), "width", number(width + 2 * OFFSET), "height",
				number(height + 2 * OFFSET), "rx", "4", "fill", "none", "stroke", "#000",
				"stroke-width", Double.toString(strokeWidth), "stroke-dasharray", dash);
		if (this == ADDED) {
			svg.empty("rect", "class", "mark added-inner", "x", number(x - OFFSET + 3), "y",
					number(y - OFFSET + 3), "width", number(width + 2 * OFFSET - 6), "height",
					number(height + 2 * OFFSET - 6), "rx", "3", "fill", "none", "stroke", "#000",
					"stroke-width", "1");
		}
	}
}
