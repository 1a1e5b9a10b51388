package org.itup.analysis.reference;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The eleven action lines of the WSIS Geneva Plan of Action (C1 to C11), with their names.
 */
public final class WsisActionLines {

	private static final Map<String, String> NAMES = names();

	private WsisActionLines() {
	}

	public static boolean exists(String code) {
		return code != null && NAMES.containsKey(code);
	}

	public static Optional<String> name(String code) {
		return Optional.ofNullable(code == null ? null : NAMES.get(code));
	}

	public static Map<String, String> all() {
		return NAMES;
	}

	private static Map<String, String> names() {
		Map<String, String> names = new LinkedHashMap<>();
		names.put("C1", "The role of public governance authorities and all stakeholders in the promotion of ICTs for development");
		names.put("C2", "Information and communication infrastructure");
		names.put("C3", "Access to information and knowledge");
		names.put("C4", "Capacity building");
		names.put("C5", "Building confidence and security in the use of ICTs");
		names.put("C6", "Enabling environment");
		names.put("C7", "ICT applications");
		names.put("C8", "Cultural diversity and identity, linguistic diversity and local content");
		names.put("C9", "Media");
		names.put("C10", "Ethical dimensions of the information society");
		names.put("C11", "International and regional cooperation");
		return java.util.Collections.unmodifiableMap(names);
	}
}
