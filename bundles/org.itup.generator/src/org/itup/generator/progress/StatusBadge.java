package org.itup.generator.progress;

import java.util.Locale;

import org.itup.analysis.monitoring.ProgressStatus;
import org.itup.generator.MarkupBuilder;

/**
 * A status as the report shows it: a shape and the status in words. Each status has its own shape (a ticked circle,
 * a triangle, a diamond, a crossed square, a dashed ring, an empty square with a clock hand), so it reads without
 * colour, in print and for colour-blind readers; the colour only repeats it.
 */
final class StatusBadge {

	private StatusBadge() {
	}

	static void write(MarkupBuilder html, ProgressStatus status) {
		html.open("span", "class", "status " + cssClass(status));
		shape(html, status);
		html.text(status.label()).close("span");
	}

	/** The CSS class of a status: {@code s-on-track}. */
	static String cssClass(ProgressStatus status) {
		return "s-" + status.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** The status' shape as a small decorative image; the words beside it carry the meaning. */
	static void shape(MarkupBuilder html, ProgressStatus status) {
		html.open("svg", "class", "shape", "width", "14", "height", "14", "viewBox", "0 0 14 14", "aria-hidden",
				"true", "focusable", "false");
		html.raw(path(status));
		html.close("svg");
	}

	private static String path(ProgressStatus status) {
		return switch (status) {
			case ACHIEVED -> "<circle cx=\"7\" cy=\"7\" r=\"6.5\" fill=\"#1b6e20\"/>"
					+ "<path d=\"M3.5 7.2 6 9.7 10.5 4.5\" fill=\"none\" stroke=\"#fff\" stroke-width=\"2\"/>";
			case ON_TRACK -> "<polygon points=\"7,0.8 13.4,13 0.6,13\" fill=\"#1f5f99\"/>";
			case AT_RISK -> "<polygon points=\"7,0.5 13.5,7 7,13.5 0.5,7\" fill=\"#a86200\"/>";
			case OFF_TRACK -> "<rect x=\"0.8\" y=\"0.8\" width=\"12.4\" height=\"12.4\" fill=\"#a8322a\"/>"
					+ "<path d=\"M4 4 10 10 M10 4 4 10\" stroke=\"#fff\" stroke-width=\"2\"/>";
			case NO_DATA -> "<circle cx=\"7\" cy=\"7\" r=\"5.6\" fill=\"none\" stroke=\"#555\" stroke-width=\"1.6\""
					+ " stroke-dasharray=\"2.2 1.8\"/>";
			case NOT_YET_DUE -> "<rect x=\"1.5\" y=\"1.5\" width=\"11\" height=\"11\" fill=\"none\" stroke=\"#555\""
					+ " stroke-width=\"1.5\"/><path d=\"M7 4 7 7.3 9.6 8.8\" fill=\"none\" stroke=\"#555\""
					+ " stroke-width=\"1.5\"/>";
		};
	}
}
