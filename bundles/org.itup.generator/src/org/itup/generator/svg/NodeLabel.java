package org.itup.generator.svg;

import java.util.ArrayList;
import java.util.List;

import org.itup.model.Enabler;
import org.itup.model.PlanElement;
import org.itup.model.Target;

/**
 * The text inside a diagram node and the size it needs: the code on the first line, then the title wrapped to a
 * few short lines. The size is worked out from the text so that the layout can keep every label inside its node and
 * every node apart from the others.
 */
public record NodeLabel(String code, List<String> lines, double width, double height) {

	static final double FONT_SIZE = 12;
	static final double LINE_HEIGHT = 15;
	static final double PADDING = 8;
	/** Wider than the average glyph of a sans-serif face at 12 px, so that real text stays inside its box. */
	static final double CHARACTER_WIDTH = 7.2;
	private static final int COLUMNS = 34;
	private static final int MAX_LINES = 2;
	/** A target's figure ("60% of households") often comes late in its sentence; its box holds the whole of it. */
	private static final int TARGET_LINES = 6;

	public static NodeLabel of(PlanElement element) {
		String code = element.getName() + (element instanceof Enabler enabler && enabler.isSupportsAll() ? " \u2200" : "");
		List<String> lines = new ArrayList<>(
				wrap(ElementText.title(element), element instanceof Target ? TARGET_LINES : MAX_LINES));
		String contributors = ElementText.contributors(element);
		if (!contributors.isEmpty()) {
			lines.add(clip(contributors));
		}
		int longest = Math.max(code.length(), lines.stream().mapToInt(String::length).max().orElse(0));
		double width = Math.max(80, Math.ceil(longest * CHARACTER_WIDTH + 2 * PADDING));
		double height = (1 + lines.size()) * LINE_HEIGHT + PADDING;
		return new NodeLabel(code, lines, width, height);
	}

	static List<String> wrap(String text, int maxLines) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : text.strip().split("\\s+")) {
			if (line.length() > 0 && line.length() + 1 + word.length() > COLUMNS) {
				lines.add(line.toString());
				line.setLength(0);
				if (lines.size() == maxLines) {
					lines.set(maxLines - 1, clip(lines.get(maxLines - 1) + " \u2026"));
					return lines;
				}
			}
			line.append(line.length() > 0 ? " " : "").append(clip(word));
		}
		if (line.length() > 0) {
			lines.add(line.toString());
		}
		return lines;
	}

	/** Cuts a text to the column count, ending it with an ellipsis when something was cut. */
	private static String clip(String text) {
		return text.length() <= COLUMNS ? text : text.substring(0, COLUMNS - 1) + "\u2026";
	}
}
