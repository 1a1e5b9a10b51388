package org.itup.generator.progress;

import static org.itup.generator.MarkupBuilder.number;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.itup.analysis.monitoring.Bound;
import org.itup.analysis.monitoring.Milestone;
import org.itup.analysis.monitoring.Period;
import org.itup.analysis.monitoring.Series;
import org.itup.generator.MarkupBuilder;

/**
 * A target's or indicator's trajectory as an inline SVG chart: the planned path (baseline, milestones, final target)
 * dashed, the values measured up to the reported period as a solid line, the projection at the pace kept so far
 * dotted, a bound as a dotted limit, and the reported period as a vertical mark. Every mark has its own shape as well
 * as its own line style; the chart's title and description say in words what it draws, for screen readers.
 */
public final class TrajectoryChart {

	static final double WIDTH = 560;
	static final double HEIGHT = 240;
	private static final double LEFT = 64;
	private static final double RIGHT = 24;
	private static final double TOP = 28;
	private static final double BOTTOM = 36;

	private final Series series;
	private final Period period;
	private final List<Map.Entry<Period, Double>> measured;
	private final Optional<Projection> projection;
	private final ChartScale x;
	private final ChartScale y;

	private TrajectoryChart(Series series, Period period) {
		this.series = series;
		this.period = period;
		this.measured = series.measurements().entrySet().stream().filter(e -> e.getKey().end() <= period.end())
				.toList();
		ChartPoints points = ChartPoints.of(series, period, measured);
		double horizon = series.target() != null ? series.target().deadline() : points.lastTime();
		this.projection = Projection.of(series, period, horizon);
		projection.ifPresent(p -> points.addProjected(p.toTime(), p.toValue()));
		this.x = ChartScale.years(points.firstTime(), points.lastTime(), LEFT, WIDTH - RIGHT);
		this.y = ChartScale.nice(points.lowValue(), points.highValue(), 4, HEIGHT - BOTTOM, TOP);
	}

	/** Whether the series has anything to draw: a measured value, or a plan of at least two points. */
	public static boolean drawable(Series series, Period period) {
		boolean measured = series.latestBy(period).isPresent();
		int planned = (series.baseline() == null ? 0 : 1) + series.milestones().size()
				+ (series.target() == null ? 0 : 1);
		return measured || planned >= 2;
	}

	/** The chart as an SVG element; {@code id} must be unique in the page, {@code name} names the series. */
	public static String render(String id, String name, Series series, Period period) {
		return new TrajectoryChart(series, period).svg(id, name);
	}

	/** The chart's vertical scale (for tests of its geometry). */
	public static ChartScale valueScale(Series series, Period period) {
		return new TrajectoryChart(series, period).y;
	}

	private String svg(String id, String name) {
		MarkupBuilder svg = new MarkupBuilder();
		svg.open("svg", "xmlns", "http://www.w3.org/2000/svg", "class", "trajectory", "viewBox",
				"0 0 " + number(WIDTH) + " " + number(HEIGHT), "width", number(WIDTH), "height", number(HEIGHT),
				"role", "img", "aria-labelledby", id + "-title " + id + "-desc");
		svg.element("title", name + ": trajectory to " + period, "id", id + "-title");
		svg.element("desc", ChartDescription.of(series, period, measured, projection), "id", id + "-desc");
		svg.open("defs").open("clipPath", "id", id + "-plot").empty("rect", "x", number(LEFT), "y", number(TOP),
				"width", number(WIDTH - LEFT - RIGHT), "height", number(HEIGHT - TOP - BOTTOM)).close("clipPath")
				.close("defs");
		axes(svg);
		reportedPeriod(svg);
		bound(svg, id);
		plannedPath(svg);
		projection.ifPresent(p -> svg.empty("line", "class", "projection", "x1", number(x.at(p.fromTime())), "y1",
				number(y.at(p.fromValue())), "x2", number(x.at(p.toTime())), "y2", number(y.at(p.toValue())),
				"stroke", "#b35410", "stroke-width", "2", "stroke-dasharray", "2 4", "clip-path",
				"url(#" + id + "-plot)"));
		measuredLine(svg);
		markers(svg);
		return svg.close("svg").toString();
	}

	private void axes(MarkupBuilder svg) {
		for (double tick : y.ticks()) {
			svg.empty("line", "x1", number(LEFT), "x2", number(WIDTH - RIGHT), "y1", number(y.at(tick)), "y2",
					number(y.at(tick)), "stroke", "#e1e4e8");
			svg.element("text", Figures.number(tick), "x", number(LEFT - 6), "y", number(y.at(tick) + 4),
					"text-anchor", "end", "font-size", "11", "fill", "#444");
		}
		for (double tick : x.ticks()) {
			svg.element("text", Long.toString(Math.round(tick)), "x", number(x.at(tick)), "y",
					number(HEIGHT - BOTTOM + 16), "text-anchor", "middle", "font-size", "11", "fill", "#444");
		}
		String unit = series.unit().isBlank() ? "value" : series.unit();
		svg.element("text", unit, "x", "4", "y", number(TOP - 14), "font-size", "11", "fill", "#444");
		svg.empty("path", "d", "M" + number(LEFT) + " " + number(TOP) + "V" + number(HEIGHT - BOTTOM) + "H"
				+ number(WIDTH - RIGHT), "fill", "none", "stroke", "#555");
	}

	private void reportedPeriod(MarkupBuilder svg) {
		double at = x.at(Math.min(Math.max(period.end(), x.low()), x.high()));
		svg.empty("line", "class", "reported", "x1", number(at), "x2", number(at), "y1", number(TOP), "y2",
				number(HEIGHT - BOTTOM), "stroke", "#777", "stroke-dasharray", "5 3");
		boolean nearRightEdge = at > WIDTH - RIGHT - 60;
		svg.element("text", period.toString(), "x", number(nearRightEdge ? at - 3 : at + 3), "y", number(TOP - 6),
				"text-anchor", nearRightEdge ? "end" : "start", "font-size", "11", "fill", "#444");
	}

	private void bound(MarkupBuilder svg, String id) {
		Bound bound = series.bound();
		if (bound == null) {
			return;
		}
		for (double limit : new double[] { bound.low(), bound.high() }) {
			if (Double.isFinite(limit)) {
				svg.empty("line", "class", "bound", "x1", number(LEFT), "x2", number(WIDTH - RIGHT), "y1",
						number(y.at(limit)), "y2", number(y.at(limit)), "stroke", "#a8322a", "stroke-width", "1.5",
						"stroke-dasharray", "1 3", "clip-path", "url(#" + id + "-plot)");
			}
		}
	}

	private void plannedPath(MarkupBuilder svg) {
		List<double[]> path = new ArrayList<>();
		if (series.baseline() != null) {
			path.add(new double[] { series.baseline().period().end(), series.baseline().value() });
		}
		for (Milestone milestone : series.milestones()) {
			path.add(new double[] { milestone.year(), milestone.value() });
		}
		if (series.target() != null) {
			path.add(new double[] { series.target().deadline(), series.target().value() });
		}
		if (path.size() >= 2) {
			svg.empty("polyline", "class", "planned", "points", points(path), "fill", "none", "stroke", "#1f3a5f",
					"stroke-width", "1.5", "stroke-dasharray", "7 4");
		}
	}

	private void measuredLine(MarkupBuilder svg) {
		if (measured.size() >= 2) {
			List<double[]> path = measured.stream().map(e -> new double[] { e.getKey().end(), e.getValue() }).toList();
			svg.empty("polyline", "class", "measured", "points", points(path), "fill", "none", "stroke", "#1a1a1a",
					"stroke-width", "2");
		}
	}

	private void markers(MarkupBuilder svg) {
		String unit = series.unit();
		if (series.baseline() != null) {
			ChartMarks.baseline(svg, x.at(series.baseline().period().end()), y.at(series.baseline().value()),
					"baseline " + Figures.withUnit(series.baseline().value(), unit) + " in "
							+ series.baseline().period());
		}
		for (Milestone m : series.milestones()) {
			ChartMarks.milestone(svg, x.at(m.year()), y.at(m.value()),
					"milestone " + Figures.withUnit(m.value(), unit) + " in " + m.year());
		}
		if (series.target() != null) {
			ChartMarks.target(svg, x.at(series.target().deadline()), y.at(series.target().value()),
					"target " + Figures.withUnit(series.target().value(), unit) + " by " + series.target().year());
		}
		for (Map.Entry<Period, Double> value : measured) {
			ChartMarks.measured(svg, x.at(value.getKey().end()), y.at(value.getValue()),
					"measured " + Figures.withUnit(value.getValue(), unit) + " in " + value.getKey());
		}
	}

	private String points(List<double[]> path) {
		StringBuilder points = new StringBuilder();
		for (double[] point : path) {
			if (points.length() > 0) {
				points.append(' ');
			}
			points.append(number(x.at(point[0]))).append(',').append(number(y.at(point[1])));
		}
		return points.toString();
	}
}
