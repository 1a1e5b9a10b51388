package org.itup.dsl.ide.quickfix;

import java.util.List;

import org.eclipse.xtext.nodemodel.INode;
import org.itup.dsl.validation.IssueCodes;
import org.itup.model.Import;

/**
 * Removes an unused or cyclic import, with its line when the import stands on a line of its own.
 */
final class RemoveImportFix implements IssueFix {

	@Override
	public List<String> codes() {
		return List.of(IssueCodes.UNUSED_IMPORT, IssueCodes.CYCLIC_IMPORT);
	}

	@Override
	public List<PlanQuickFix> fixes(FixContext context) {
		Import planImport = context.element(Import.class);
		INode node = PlanText.node(planImport);
		if (node == null) {
			return List.of();
		}
		String text = context.text();
		int start = node.getOffset();
		int end = node.getEndOffset();
		int lineStart = PlanText.lineStart(text, start);
		int nextLine = PlanText.nextLineStart(text, end);
		if (text.substring(lineStart, start).isBlank() && text.substring(end, nextLine).isBlank()) {
			start = lineStart;
			end = nextLine;
		}
		return List.of(PlanQuickFix.of("Remove the import", PlanTextEdit.delete(start, end - start)));
	}
}
