package org.itup.ide.apicheck;

import java.io.IOException;
import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * What an extension point's schema (.exsd) says about attributes that name Java classes: for each
 * {@code element/attribute} of kind {@code java}, the type it is based on ({@code Superclass:Interface}).
 */
final class ExtensionPointSchema {

	private static final ExtensionPointSchema NONE = new ExtensionPointSchema(Map.of());

	private final Map<String, String> basedOnByAttribute;

	private ExtensionPointSchema(Map<String, String> basedOnByAttribute) {
		this.basedOnByAttribute = basedOnByAttribute;
	}

	/** Reads a schema's text; a point whose bundle ships no schema (the Platform's jars) says nothing. */
	static ExtensionPointSchema read(Optional<String> text) {
		if (text.isEmpty()) {
			return NONE;
		}
		Map<String, String> basedOn = new HashMap<>();
		NodeList attributes = parse(text.get()).getElementsByTagName("*");
		for (int i = 0; i < attributes.getLength(); i++) {
			Element attribute = (Element) attributes.item(i);
			if (localName(attribute).equals("attribute")) {
				javaType(attribute).ifPresent(type -> basedOn.put(key(owningElement(attribute), attribute), type));
			}
		}
		return new ExtensionPointSchema(basedOn);
	}

	Optional<String> basedOn(String element, String attribute) {
		return Optional.ofNullable(basedOnByAttribute.get(element + "/" + attribute)).filter(type -> !type.isBlank());
	}

	private static Optional<String> javaType(Element attribute) {
		NodeList all = attribute.getElementsByTagName("*");
		for (int i = 0; i < all.getLength(); i++) {
			Element meta = (Element) all.item(i);
			if (localName(meta).equals("meta.attribute") && "java".equals(meta.getAttribute("kind"))) {
				return Optional.of(meta.getAttribute("basedOn"));
			}
		}
		return Optional.empty();
	}

	private static String owningElement(Element attribute) {
		for (Node parent = attribute.getParentNode(); parent instanceof Element element; parent = parent
				.getParentNode()) {
			if (localName(element).equals("element")) {
				return element.getAttribute("name");
			}
		}
		return "";
	}

	private static String key(String element, Element attribute) {
		return element + "/" + attribute.getAttribute("name");
	}

	// schemas are written with and without a prefix for their elements (element, xsd:element)
	private static String localName(Element element) {
		return element.getTagName().replaceFirst(".*:", "");
	}

	private static Document parse(String text) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
			return factory.newDocumentBuilder().parse(new InputSource(new StringReader(text)));
		} catch (SAXException | IOException | ParserConfigurationException e) {
			throw new IllegalStateException("an extension point schema is not well-formed: " + e.getMessage(), e);
		}
	}
}
