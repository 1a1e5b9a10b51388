package org.itup.dsl.scoping;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.itup.model.Plan;
import org.itup.model.PlanElement;

import com.google.inject.Inject;

/**
 * Names every coded element by its plan and its code ({@code itu2020.R.1-a}), however deeply it is nested: codes
 * are unique within a plan, and references across the files of one plan are written with the bare code.
 */
public class PlanQualifiedNameProvider extends IQualifiedNameProvider.AbstractImpl {

	@Inject
	private IQualifiedNameConverter converter;

	@Inject
	private IResourceScopeCache cache;

	@Override
	public QualifiedName getFullyQualifiedName(EObject element) {
		if (element.eResource() == null) {
			return computeName(element);
		}
		return cache.get(new NameKey(element), element.eResource(), () -> computeName(element));
	}

	private QualifiedName computeName(EObject element) {
		if (element instanceof Plan plan) {
			return toName(plan.getName());
		}
		if (element instanceof PlanElement coded) {
			QualifiedName code = toName(coded.getName());
			if (code == null) {
				return null;
			}
			Plan plan = EcoreUtil2.getContainerOfType(coded, Plan.class);
			QualifiedName planName = plan == null ? null : toName(plan.getName());
			return planName == null ? code : planName.append(code);
		}
		return null;
	}

	private QualifiedName toName(String text) {
		return text == null || text.isBlank() ? null : converter.toQualifiedName(text);
	}

	private record NameKey(EObject element) {
	}
}
