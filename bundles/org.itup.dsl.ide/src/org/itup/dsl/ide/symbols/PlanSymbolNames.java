package org.itup.dsl.ide.symbols;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolNameProvider;
import org.itup.dsl.ide.labels.PlanLabels;

/** Outline entries read {@code code - title}, as the plan document lists its goals and objectives. */
public class PlanSymbolNames extends DocumentSymbolNameProvider {

	@Override
	public String getName(EObject element) {
		if (PlanLabels.code(element) == null) {
			return super.getName(element);
		}
		return PlanLabels.label(element);
	}
}
