package org.itup.dsl.ide.hover;

import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.TextRegion;

/**
 * Finds the SDG or WSIS code under the cursor. These codes are plain text in the model, not cross-references, so
 * the hover cannot ask the linker: it looks for the attribute node of the element that covers the offset.
 */
final class ReferenceCodeAtOffset {

	/** Attributes holding official SDG or WSIS codes (an SdgLink's target and indicators among them). */
	private static final Set<String> CODE_ATTRIBUTES = Set.of("target", "indicators", "wsisActionLines",
			"sdgCustodianIndicators");

	record Code(String text, TextRegion region) {
	}

	private ReferenceCodeAtOffset() {
	}

	static Optional<Code> find(EObject element, int offset) {
		if (element == null) {
			return Optional.empty();
		}
		for (EAttribute attribute : element.eClass().getEAllAttributes()) {
			if (CODE_ATTRIBUTES.contains(attribute.getName())) {
				for (INode node : NodeModelUtils.findNodesForFeature(element, attribute)) {
					if (node.getOffset() <= offset && offset <= node.getEndOffset()) {
						return Optional.of(new Code(NodeModelUtils.getTokenText(node),
								new TextRegion(node.getOffset(), node.getLength())));
					}
				}
			}
		}
		return Optional.empty();
	}
}
