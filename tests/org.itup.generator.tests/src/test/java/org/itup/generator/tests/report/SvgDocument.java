package org.itup.generator.tests.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** An SVG file parsed as XML (no DTDs, no external entities), with the node boxes of a results-chain diagram. */
record SvgDocument(Document document) {

	record Box(String key, double x, double y, double width, double height) {

		boolean overlaps(Box other) {
			return x < other.x + other.width && other.x < x + width && y < other.y + other.height
					&& other.y < y + height;
		}
	}

	static SvgDocument parse(Path file) throws IOException {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			return new SvgDocument(factory.newDocumentBuilder().parse(file.toFile()));
		} catch (ParserConfigurationException | SAXException e) {
			throw new AssertionError(file + " is not well-formed XML: " + e.getMessage(), e);
		}
	}

	List<Element> elements(String localName) {
		NodeList list = document.getElementsByTagNameNS("http://www.w3.org/2000/svg", localName);
		List<Element> elements = new ArrayList<>();
		for (int i = 0; i < list.getLength(); i++) {
			elements.add((Element) list.item(i));
		}
		return elements;
	}

	/** The box of every node: the bounds of the outline (a rectangle or a polygon) inside each {@code a.node}. */
	List<Box> nodeBoxes() {
		List<Box> boxes = new ArrayList<>();
		for (Element node : elements("a")) {
			boxes.add(bounds(node.getAttribute("data-key"), shapeOf(node)));
		}
		return boxes;
	}

	/** The outline of a node or a legend entry: its first rectangle or polygon. */
	static Element shapeOf(Element parent) {
		for (String name : List.of("rect", "polygon")) {
			NodeList found = parent.getElementsByTagNameNS("http://www.w3.org/2000/svg", name);
			if (found.getLength() > 0) {
				return (Element) found.item(0);
			}
		}
		throw new AssertionError("no outline in " + parent.getAttribute("data-key"));
	}

	/**
	 * What tells two outlines apart whatever their size: a rectangle's corner radius against its height (square,
	 * rounded, round-ended), a polygon's corner count.
	 */
	static String signature(Element shape) {
		if (shape.getLocalName().equals("rect")) {
			double ratio = number(shape, "rx") / number(shape, "height");
			return "rect " + (ratio == 0 ? "square" : ratio >= 0.5 ? "round-ended" : "rounded");
		}
		return "polygon of " + shape.getAttribute("points").trim().split("\\s+").length + " corners";
	}

	private static Box bounds(String key, Element shape) {
		if (shape.getLocalName().equals("rect")) {
			return new Box(key, number(shape, "x"), number(shape, "y"), number(shape, "width"), number(shape, "height"));
		}
		double minX = Double.MAX_VALUE;
		double minY = Double.MAX_VALUE;
		double maxX = -Double.MAX_VALUE;
		double maxY = -Double.MAX_VALUE;
		for (String point : shape.getAttribute("points").trim().split("\\s+")) {
			String[] xy = point.split(",");
			minX = Math.min(minX, Double.parseDouble(xy[0]));
			maxX = Math.max(maxX, Double.parseDouble(xy[0]));
			minY = Math.min(minY, Double.parseDouble(xy[1]));
			maxY = Math.max(maxY, Double.parseDouble(xy[1]));
		}
		return new Box(key, minX, minY, maxX - minX, maxY - minY);
	}

	private static double number(Element element, String attribute) {
		return Double.parseDouble(element.getAttribute(attribute));
	}
}
