package org.itup.dsl.ide.server;

import java.util.Map;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Reads {@code itup.sdgTitles} from what a client sends. Over the wire LSP4J hands over Gson trees; an in-process
 * client may pass maps. Both the nested form {@code {"itup": {"sdgTitles": ...}}} and the flat keys
 * {@code "itup.sdgTitles"} / {@code "sdgTitles"} are accepted, as editors differ in how they send settings.
 */
final class ServerSettings {

	private static final String SECTION = "itup";

	private static final String KEY = "sdgTitles";

	private ServerSettings() {
	}

	static String sdgTitlesFolder(Object settings) {
		if (settings instanceof JsonObject json) {
			return fromJson(json);
		}
		if (settings instanceof Map<?, ?> map) {
			Object nested = map.get(SECTION);
			Object value = nested instanceof Map<?, ?> section ? section.get(KEY)
					: map.containsKey(SECTION + "." + KEY) ? map.get(SECTION + "." + KEY) : map.get(KEY);
			return value instanceof String text ? text : null;
		}
		return null;
	}

	private static String fromJson(JsonObject json) {
		JsonElement nested = json.get(SECTION);
		JsonElement value = nested != null && nested.isJsonObject() ? nested.getAsJsonObject().get(KEY)
				: json.has(SECTION + "." + KEY) ? json.get(SECTION + "." + KEY) : json.get(KEY);
		return value != null && value.isJsonPrimitive() ? value.getAsString() : null;
	}
}
