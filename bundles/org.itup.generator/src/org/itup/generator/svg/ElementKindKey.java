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
		return ElementKind.key(element).replaceAll("[\\s#\"'<>&]", "_");
	}
}
