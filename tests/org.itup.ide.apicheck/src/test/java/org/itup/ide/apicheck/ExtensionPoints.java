package org.itup.ide.apicheck;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every extension point that a known bundle declares in its plugin.xml, with what its schema says each attribute of
 * kind {@code java} must extend or implement. An extension point's full id is its declaring bundle's name and its
 * id, unless the id already has a dot in it (the registry's rule since Eclipse 3.2).
 */
final class ExtensionPoints {

	private final Map<String, ExtensionPointSchema> byId = new HashMap<>();

	static ExtensionPoints declaredIn(BundleIndex index) {
		ExtensionPoints points = new ExtensionPoints();
		index.all().forEach(points::addDeclaredIn);
		return points;
	}

	boolean exists(String id) {
		return byId.containsKey(id);
	}

	/**
	 * The type an attribute's class must have, in the schema's form {@code Superclass:Interface} (either part may
	 * be empty); empty when the schema does not say or is not at hand.
	 */
	Optional<String> basedOn(String pointId, String element, String attribute) {
		return Optional.ofNullable(byId.get(pointId)).flatMap(schema -> schema.basedOn(element, attribute))
				.or(() -> PlatformExtensionPoints.basedOn(pointId, element, attribute));
	}

	private void addDeclaredIn(KnownBundle bundle) {
		Optional<String> pluginXml = bundle.text("plugin.xml");
		if (pluginXml.isEmpty()) {
			return;
		}
		List<PluginXml.Element> elements = PluginXml.parse(pluginXml.get(), bundle.location() + "/plugin.xml");
		for (PluginXml.Element element : elements) {
			String id = element.attributes().get("id");
			if (element.name().equals("extension-point") && id != null) {
				String fullId = id.contains(".") ? id : bundle.name() + "." + id;
				String schema = element.attributes().get("schema");
				byId.putIfAbsent(fullId, ExtensionPointSchema.read(schema == null ? Optional.empty()
						: bundle.text(schema)));
			}
		}
	}
}
