package org.itup.dsl.scoping;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.impl.ImportNormalizer;
import org.eclipse.xtext.scoping.impl.ImportedNamespaceAwareLocalScopeProvider;
import org.itup.model.Import;
import org.itup.model.ItupPackage;
import org.itup.model.MonitoringFile;
import org.itup.model.OperationalPlan;
import org.itup.model.Plan;

import com.google.inject.Inject;

/**
 * Lets a plan file refer to elements by bare code: to those of its own plan, wherever they are defined (the plan
 * may be split across files), and to those of the plans it imports. An operational plan refers by bare code to the
 * strategic plan it implements. Fully qualified codes work everywhere.
 * <p>
 * The plan's own codes shadow the imported plans' codes: plans number their goals and objectives the same way, so
 * a plan that imports its previous period shares most of its codes, and a bare code means this plan's element (the
 * previous plan's is written qualified, {@code prev.1}). Codes only the imported plans have still resolve bare.
 * A monitoring file refers by bare code to the plan it monitors, as an operational plan does.
 */
public class PlanNamespaceScopeProvider extends ImportedNamespaceAwareLocalScopeProvider {

	@Inject
	private IQualifiedNameConverter converter;

	@Override
	protected List<ImportNormalizer> internalGetImportedNamespaceResolvers(EObject context, boolean ignoreCase) {
		if (context instanceof OperationalPlan operationalPlan) {
			List<ImportNormalizer> resolvers = new ArrayList<>();
			addWildcard(resolvers, textOf(operationalPlan, ItupPackage.Literals.OPERATIONAL_PLAN__STRATEGIC_PLAN),
					ignoreCase);
			return resolvers;
		}
		if (context instanceof MonitoringFile monitoring) {
			List<ImportNormalizer> resolvers = new ArrayList<>();
			addWildcard(resolvers, textOf(monitoring, ItupPackage.Literals.MONITORING_FILE__PLAN), ignoreCase);
			return resolvers;
		}
		if (!(context instanceof Plan plan)) {
			return List.of();
		}
		List<ImportNormalizer> resolvers = new ArrayList<>();
		for (Import planImport : plan.getImports()) {
			addWildcard(resolvers, importedPlanName(planImport), ignoreCase);
		}
		return resolvers;
	}

	/** The imported plans' codes (from the resolvers above), under a layer of the plan's own codes. */
	@Override
	protected IScope getLocalElementsScope(IScope parent, EObject context, EReference reference) {
		IScope imported = super.getLocalElementsScope(parent, context, reference);
		if (!(context instanceof Plan plan)) {
			return imported;
		}
		List<ImportNormalizer> own = new ArrayList<>();
		addWildcard(own, plan.getName(), isIgnoreCase(reference));
		return own.isEmpty() ? imported
				: createImportScope(imported, own, null, reference.getEReferenceType(), isIgnoreCase(reference));
	}

	private static String importedPlanName(Import planImport) {
		return textOf(planImport, ItupPackage.Literals.IMPORT__PLAN);
	}

	/**
	 * Reads a referenced plan's name from the text, so that computing a scope never resolves another reference.
	 */
	private static String textOf(EObject element, EReference planReference) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(element, planReference);
		return nodes.isEmpty() ? null : NodeModelUtils.getTokenText(nodes.get(0));
	}

	private void addWildcard(List<ImportNormalizer> resolvers, String planName, boolean ignoreCase) {
		if (planName == null || planName.isBlank()) {
			return;
		}
		QualifiedName namespace = converter.toQualifiedName(planName);
		resolvers.add(new ImportNormalizer(namespace, true, ignoreCase));
	}
}
