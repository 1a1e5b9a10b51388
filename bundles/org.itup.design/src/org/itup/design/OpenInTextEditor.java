package org.itup.design;

import java.util.Collection;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.sirius.tools.api.ui.IExternalJavaAction;
import org.eclipse.xtext.ui.editor.IURIEditorOpener;
import org.itup.dsl.ui.internal.DslActivator;

/**
 * Opens the plan's text at the element a diagram node shows, through the itup editor's own opener, which selects
 * the element's text.
 */
public class OpenInTextEditor implements IExternalJavaAction {

	@Override
	public boolean canExecute(Collection<? extends EObject> selections) {
		return true;
	}

	@Override
	public void execute(Collection<? extends EObject> selections, Map<String, Object> parameters) {
		if (parameters.get("element") instanceof EObject element && element.eResource() != null) {
			DslActivator.getInstance().getInjector(DslActivator.ORG_ITUP_DSL_ITUP).getInstance(IURIEditorOpener.class)
					.open(EcoreUtil.getURI(element), true);
		}
	}
}
