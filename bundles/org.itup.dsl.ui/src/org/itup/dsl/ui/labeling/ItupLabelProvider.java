package org.itup.dsl.ui.labeling;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.ui.provider.AdapterFactoryLabelProvider;
import org.eclipse.xtext.ui.label.DefaultEObjectLabelProvider;
import org.itup.dsl.ide.labels.PlanLabels;

import com.google.inject.Inject;

/**
 * Labels in the outline, hovers and dialogs read {@code code - title}, from the same {@link PlanLabels} the
 * language server uses, so every editor names an element alike.
 */
public class ItupLabelProvider extends DefaultEObjectLabelProvider {

	@Inject
	public ItupLabelProvider(AdapterFactoryLabelProvider delegate) {
		super(delegate);
	}

	@Override
	protected Object doGetText(Object element) {
		if (element instanceof EObject planElement && PlanLabels.code(planElement) != null) {
			return PlanLabels.label(planElement);
		}
		return super.doGetText(element);
	}
}
