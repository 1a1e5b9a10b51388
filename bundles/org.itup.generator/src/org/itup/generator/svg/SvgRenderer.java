package org.itup.generator.svg;

import static org.itup.generator.MarkupBuilder.number;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.itup.analysis.chain.ChainLinkKind;
import org.itup.analysis.chain.ElementKind;
import org.itup.analysis.chain.ResultsChain;
import org.itup.analysis.vocabulary.PlanVocabulary;
import org.itup.generator.MarkupBuilder;
import org.itup.model.PlanElement;
import org.itup.model.PlanLevel;
import org.itup.model.Sector;

/**
 * Draws a laid-out diagram as SVG: a legend on top, then links (primary solid, secondary dashed) under nodes (a
 * rounded box in its sector's colour, the code in bold, the title below). Each node links to the element's section
 * of the HTML report; embedded in the report, nodes also carry their chain so the page can highlight it.
 */
public final class SvgRenderer {

	private final ResultsChain chain;
	private final SectorPalette palette;
	private final PlanVocabulary words;
	private final boolean embedded;
	private final NodeDecoration decoration;

	/**
	 * @param embedded true for a diagram inside the HTML report (links to sections of the page, chain data for its
	 *                 script), false for a standalone file beside the report
	 */
	public SvgRenderer(ResultsChain chain, SectorPalette palette, PlanVocabulary words, boolean embedded) {
		this(chain, palette, words, embedded, null);
	}

	private SvgRenderer(ResultsChain chain, SectorPalette palette, PlanVocabulary words, boolean embedded,
			NodeDecoration decoration) {
		this.chain = chain;
		this.palette = palette;
		this.words = words;
		this.embedded = embedded;
		this.decoration = decoration;
	}

	/**
	 * A renderer for a diagram on another page than the report: nodes marked and linked as the decoration says, its
	 * marks explained in the legend, no chain data for the report's script.
	 */
	public static SvgRenderer decorated(ResultsChain chain, SectorPalette palette, PlanVocabulary words,
			NodeDecoration decoration) {
		return new SvgRenderer(chain, palette, words, false, decoration);
	}

	public String render(LaidOutDiagram diagram) {
		String id = "diagram-" + diagram.scope().id();
		DiagramLegend legend = legend(diagram);
		double top = legend.height();
		double width = canvasWidth(diagram);
		double height = canvasHeight(diagram);
		MarkupBuilder svg = new MarkupBuilder();
		svg.open("svg", "xmlns", "http://www.w3.org/2000/svg", "id", id, "class", "chain-diagram",
				"viewBox", "0 0 " + number(width) + " " + number(height), "width", number(width),
				"height", number(height), "role", "group", "aria-labelledby", id + "-title",
				"font-family", "sans-serif", "font-size", number(NodeLabel.FONT_SIZE)).raw("\n");
		svg.element("title", diagram.scope().title(), "id", id + "-title");
		svg.element("desc", "Targets and goals on the left, then a column each for " + words.many(PlanLevel.OBJECTIVE)
				+ ", " + words.many(PlanLevel.OUTCOME) + ", " + words.many(PlanLevel.OUTPUT) + " and "
				+ words.many(PlanLevel.ENABLER) + ", each level in its own outline, in plan order from top to bottom. Solid lines are"
				+ " primary links, dashed lines secondary links.");
		svg.open("defs").raw(arrow(id)).close("defs");
		// the whole drawing under one id, so the report's printout can show it again in page-sized parts
		svg.open("g", "id", embedded ? id + "-drawing" : null);
		legend.draw(svg);
		svg.open("g", "transform", "translate(0," + number(top) + ")");
		svg.open("g", "class", "links");
		diagram.links().forEach(link -> link(svg, link, id));
		svg.close("g").open("g", "class", "nodes");
		diagram.nodes().forEach(node -> node(svg, node));
		svg.close("g").close("g").close("g").close("svg");
		return svg.toString();
	}

	/** The width of the drawing, legend included, in the units of its viewBox. */
	public double canvasWidth(LaidOutDiagram diagram) {
		return Math.max(diagram.width(), legend(diagram).width());
	}

	/** The height of the drawing, legend included. */
	public double canvasHeight(LaidOutDiagram diagram) {
		return diagram.height() + legend(diagram).height();
	}

	private DiagramLegend legend(LaidOutDiagram diagram) {
		return new DiagramLegend(palette, words, Math.max(diagram.width(), 640),
				decoration == null ? List.of() : decoration.marksInLegend());
	}

	private static String arrow(String id) {
		return "<marker id=\"" + id + "-arrow\" viewBox=\"0 0 8 8\" refX=\"8\" refY=\"4\" markerWidth=\"8\""
				+ " markerHeight=\"8\" orient=\"auto\"><path d=\"M0,0 L8,4 L0,8 z\" fill=\"#555\"/></marker>";
	}

	private void link(MarkupBuilder svg, LaidOutDiagram.Link link, String id) {
		ChainLinkKind kind = link.link().kind();
		StringBuilder path = new StringBuilder();
		double[] points = link.points();
		for (int i = 0; i + 1 < points.length; i += 2) {
			path.append(i == 0 ? "M" : " L").append(number(points[i])).append(',').append(number(points[i + 1]));
		}
		svg.empty("path", "class", "link " + kind.label(), "d", path.toString(), "fill", "none",
				"stroke", kind == ChainLinkKind.PRIMARY ? "#333" : "#777",
				"stroke-width", kind == ChainLinkKind.PRIMARY ? "1.6" : "1.1",
				"stroke-dasharray", kind.isSecondary() ? "6 4" : kind == ChainLinkKind.TARGET ? "2 3" : null,
				"marker-end", kind == ChainLinkKind.TARGET ? null : "url(#" + id + "-arrow)",
				"data-from", ElementKindKey.of(link.link().contributor()),
				"data-to", ElementKindKey.of(link.link().result()));
		svg.raw("\n");
	}

	private void node(MarkupBuilder svg, LaidOutDiagram.Node node) {
		PlanElement element = node.element();
		String key = ElementKindKey.of(element);
		String contributors = ElementText.contributors(element);
		String description = words.kindAndCode(element) + ": " + ElementText.title(element)
				+ (contributors.isEmpty() ? "" : " (" + contributors + ")");
		Optional<ChangeMark> mark = decoration == null ? Optional.empty() : decoration.mark(element);
		// the name begins with what the box shows (code, then the title uncut) so speech input can name the box
		String name = node.label().code() + " " + ElementText.title(element)
				+ (contributors.isEmpty() ? "" : " " + contributors) + " (" + words.kindOf(element)
				+ mark.map(changed -> ", " + changed.word()).orElse("") + ")";
		String[] colours = palette.colours(element);
		boolean dark = ElementKind.of(element) == ElementKind.GOAL;
		String href = decoration != null ? decoration.href(element) : (embedded ? "" : "../index.html") + "#" + key;
		// the tooltip's title sits on a group around the link, not in it: inside, it would count as the link's
		// visible text and no longer match the name the link is given
		svg.open("g", "class", "node-box").element("title", description);
		// a node that leads nowhere is an image with a name, not a link without a target
		String tag = href == null ? "g" : "a";
		svg.open(tag, "class", "node " + ElementKind.of(element).label(), "href", href, "role",
				href == null ? "img" : null, "data-key", key, "data-code", element.getName(),
				"data-sector", ResultsChain.sectorOf(element).map(Sector::getName).orElse(""),
				"data-chain", embedded ? keys(chain.chainOf(element)) : null, "data-text", description,
				"data-mark", mark.map(ChangeMark::word).orElse(null), "aria-label", name);
		mark.ifPresent(changed -> changed.outline(svg, node.x(), node.y(), node.width(), node.height()));
		NodeShape.draw(svg, ChainLevel.of(element), node.x(), node.y(), node.width(), node.height(), colours[0],
				colours[1]);
		svg.open("text", "x", number(node.x() + NodeLabel.PADDING), "y", number(node.y() + NodeLabel.PADDING + 9),
				"fill", dark ? "#ffffff" : "#1a1a1a");
		svg.element("tspan", node.label().code(), "font-weight", "bold");
		for (String line : node.label().lines()) {
			// a space between the lines, as a reader sees them; the line's own x places it
			svg.text(" ").element("tspan", line, "x", number(node.x() + NodeLabel.PADDING), "dy", number(NodeLabel.LINE_HEIGHT));
		}
		svg.close("text");
		mark.ifPresent(changed -> changed.tag(svg, node.x() + node.width(), node.y()));
		svg.close(tag).close("g");
	}

	private static String keys(List<PlanElement> elements) {
		return elements.stream().map(ElementKindKey::of).collect(Collectors.joining(" "));
	}
}
