package org.itup.dsl.ide.symbols;

import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolKindProvider;
import org.itup.model.ItupPackage;

/**
 * Symbol kinds chosen for the icons editors draw: LSP has no words for goals and outputs, so each element kind gets
 * a distinct icon, containers looking like containers.
 */
public class PlanSymbolKinds extends DocumentSymbolKindProvider {

	private static final ItupPackage MODEL = ItupPackage.eINSTANCE;

	private static final Map<EClass, SymbolKind> KINDS = Map.of(
			MODEL.getPlan(), SymbolKind.Module,
			MODEL.getGoal(), SymbolKind.Class,
			MODEL.getTarget(), SymbolKind.Field,
			MODEL.getSector(), SymbolKind.Package,
			MODEL.getObjective(), SymbolKind.Interface,
			MODEL.getOutcome(), SymbolKind.Event,
			MODEL.getOutput(), SymbolKind.Method,
			MODEL.getEnabler(), SymbolKind.Struct,
			MODEL.getStrategicRisk(), SymbolKind.Enum,
			MODEL.getCoreValue(), SymbolKind.Constant);

	@Override
	protected SymbolKind getSymbolKind(EClass type) {
		return KINDS.getOrDefault(type, SymbolKind.Property);
	}
}
