package org.itup.ide.apicheck;

import java.util.Map;
import java.util.Optional;

/**
 * The types that the Eclipse Platform's extension points used by the editor expect. The Platform's jars on Maven
 * Central ship without their schemas, so these come from the points' documentation; points with a schema at hand
 * (Xtext, EMF, Sirius) are read from it instead.
 */
final class PlatformExtensionPoints {

	private static final Map<String, String> BASED_ON = Map.ofEntries(
			Map.entry("org.eclipse.ui.editors/editor/class", ":org.eclipse.ui.IEditorPart"),
			Map.entry("org.eclipse.ui.editors/editor/contributorClass", ":org.eclipse.ui.IEditorActionBarContributor"),
			Map.entry("org.eclipse.ui.handlers/handler/class", ":org.eclipse.core.commands.IHandler"),
			Map.entry("org.eclipse.ui.commands/command/defaultHandler", ":org.eclipse.core.commands.IHandler"),
			Map.entry("org.eclipse.ui.preferencePages/page/class", ":org.eclipse.ui.IWorkbenchPreferencePage"),
			Map.entry("org.eclipse.ui.propertyPages/page/class", ":org.eclipse.ui.IWorkbenchPropertyPage"),
			Map.entry("org.eclipse.ui.editors.documentProviders/provider/class",
					":org.eclipse.ui.texteditor.IDocumentProvider"),
			Map.entry("org.eclipse.ui.ide.markerResolution/markerResolutionGenerator/class",
					":org.eclipse.ui.IMarkerResolutionGenerator"),
			Map.entry("org.eclipse.compare.contentViewers/viewer/class", ":org.eclipse.compare.IViewerCreator"),
			Map.entry("org.eclipse.compare.contentMergeViewers/viewer/class", ":org.eclipse.compare.IViewerCreator"));

	private PlatformExtensionPoints() {
	}

	static Optional<String> basedOn(String pointId, String element, String attribute) {
		return Optional.ofNullable(BASED_ON.get(pointId + "/" + element + "/" + attribute));
	}
}
