package org.itup.dsl.ide.rename;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.ide.serializer.hooks.IUpdatableReference;
import org.eclipse.xtext.ide.serializer.impl.ReferenceUpdater;
import org.eclipse.xtext.linking.impl.LinkingHelper;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.itup.model.PlanElement;

import com.google.inject.Inject;

/**
 * Writes a renamed reference as the element's own code whenever that code resolves where the reference stands.
 * Xtext takes the first name the scope offers, and inside a sector whose code prefixes its objectives' codes (sector
 * R, objective R.5) that is the name relative to the sector: {@code supports R.3} became {@code supports 5}, which
 * links but reads like goal 5.
 */
public class PlanReferenceUpdater extends ReferenceUpdater {

	@Inject
	private IQualifiedNameConverter converter;

	@Inject
	private IValueConverterService values;

	@Inject
	private LinkingHelper linking;

	@Override
	protected String findValidName(IUpdatableReference reference, IScope scope) {
		EObject target = reference.getTargetEObject();
		String code = target instanceof PlanElement element ? element.getName() : null;
		if (code != null) {
			QualifiedName own = converter.toQualifiedName(code);
			for (IEObjectDescription candidate : scope.getElements(target)) {
				if (own.equals(candidate.getName())) {
					return values.toString(code, linking.getRuleNameFrom(reference.getCrossReference()));
				}
			}
		}
		return super.findValidName(reference, scope);
	}
}
