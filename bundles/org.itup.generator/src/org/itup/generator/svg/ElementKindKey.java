package org.itup.generator.svg;

import org.itup.analysis.chain.ElementKind;
import org.itup.model.PlanElement;

/**
 * The key of an element in a report: its kind and code ({@code objective-R.1}), used as the id of its section, in
 * links and in the chain data of diagram nodes. Characters that would break an id or a space-separated list become
 * underscores.
 */
public final class ElementKindKey {

	private ElementKindKey() {
	}

	public static String of(PlanElement element) {
		String key = ElementKind.key(element);
		StringBuilder safe = new StringBuilder(key.length());
		for (int i = 0; i < key.length(); i++) {
			char c = key.charAt(i);
			// what \s and the listed characters of a regular expression would match, without compiling one per call
			safe.append(" \t\n\u000B\f\r#\"'<>&".indexOf(c) >= 0 ? '_' : c);
		}
		return safe.toString();
	}
}
