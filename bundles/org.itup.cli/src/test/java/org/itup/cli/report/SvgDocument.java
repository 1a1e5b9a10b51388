package org.itup.cli.report;

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

	/** The box of every node: the rectangle inside each {@code a.node}. */
	List<Box> nodeBoxes() {
		List<Box> boxes = new ArrayList<>();
		for (Element node : elements("a")) {
			Element rect = (Element) node.getElementsByTagNameNS("http://www.w3.org/2000/svg", "rect").item(0);
			boxes.add(new Box(node.getAttribute("data-key"), number(rect, "x"), number(rect, "y"),
					number(rect, "width"), number(rect, "height")));
		}
		return boxes;
	}

	private static double number(Element element, String attribute) {
		return Double.parseDouble(element.getAttribute(attribute));
	}
}
