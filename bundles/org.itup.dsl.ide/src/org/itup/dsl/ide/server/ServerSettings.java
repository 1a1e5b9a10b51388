package org.itup.dsl.ide.server;

import java.util.Map;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Reads {@code itup.sdgTitles} and {@code itup.baseRevision} from what a client sends. Over the wire LSP4J hands over Gson trees; an in-process
 * client may pass maps. Both the nested form {@code {"itup": {"sdgTitles": ...}}} and the flat keys
 * {@code "itup.sdgTitles"} / {@code "sdgTitles"} are accepted, as editors differ in how they send settings.
 * A setting not sent is null: the server keeps what it had.
 */
final class ServerSettings {

	private static final String SECTION = "itup";

	private static final String SDG_TITLES = "sdgTitles";

	private static final String BASE_REVISION = "baseRevision";

	private ServerSettings() {
	}

	static String sdgTitlesFolder(Object settings) {
		return value(settings, SDG_TITLES);
	}

	/** The git revision hovers compare a plan with; an empty text turns the comparison off. */
	static String baseRevision(Object settings) {
		return value(settings, BASE_REVISION);
	}

	private static String value(Object settings, String key) {
		if (settings instanceof JsonObject json) {
			return fromJson(json, key);
		}
		if (settings instanceof Map<?, ?> map) {
			Object nested = map.get(SECTION);
			Object value = nested instanceof Map<?, ?> section ? section.get(key)
					: map.containsKey(SECTION + "." + key) ? map.get(SECTION + "." + key) : map.get(key);
			return value instanceof String text ? text : null;
		}
		return null;
	}

	private static String fromJson(JsonObject json, String key) {
		JsonElement nested = json.get(SECTION);
		JsonElement value = nested != null && nested.isJsonObject() ? nested.getAsJsonObject().get(key)
				: json.has(SECTION + "." + key) ? json.get(SECTION + "." + key) : json.get(key);
		return value != null && value.isJsonPrimitive() ? value.getAsString() : null;
	}
}
