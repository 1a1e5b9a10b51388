package org.itup.ide.apicheck;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;

import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The elements of a plugin.xml with the line each starts on, so that a problem names its place. Each element knows
 * the extension point of the {@code <extension>} it is in ({@code null} outside one).
 */
final class PluginXml {

	record Element(String name, Map<String, String> attributes, String extensionPoint, int line) {
	}

	private PluginXml() {
	}

	static List<Element> parse(String text, String file) {
		List<Element> elements = new ArrayList<>();
		try {
			SAXParserFactory factory = SAXParserFactory.newInstance();
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.newSAXParser().parse(new InputSource(new StringReader(text)), new Collector(elements));
		} catch (SAXException | IOException | ParserConfigurationException e) {
			throw new IllegalStateException(file + " is not well-formed XML: " + e.getMessage(), e);
		}
		return elements;
	}

	private static final class Collector extends DefaultHandler {

		private final List<Element> elements;
		private Locator locator;
		private String extensionPoint;

		Collector(List<Element> elements) {
			this.elements = elements;
		}

		@Override
		public void setDocumentLocator(Locator locator) {
			this.locator = locator;
		}

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes) {
			Map<String, String> values = new LinkedHashMap<>();
			for (int i = 0; i < attributes.getLength(); i++) {
				values.put(attributes.getQName(i), attributes.getValue(i));
			}
			if (qName.equals("extension")) {
				extensionPoint = values.get("point");
			}
			elements.add(new Element(qName, values, extensionPoint, locator.getLineNumber()));
		}

		@Override
		public void endElement(String uri, String localName, String qName) {
			if (qName.equals("extension")) {
				extensionPoint = null;
			}
		}
	}
}
