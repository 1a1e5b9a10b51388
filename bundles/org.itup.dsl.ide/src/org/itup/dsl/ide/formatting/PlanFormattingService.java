package org.itup.dsl.ide.formatting;

import java.util.List;

import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.formatting.FormattingService;
import org.eclipse.xtext.resource.XtextResource;
import org.itup.dsl.formatting2.IndentationInUse;

/**
 * Formats with the kind of indentation the file already uses (see {@link IndentationInUse} for why): a file indented
 * with spaces stays so under an editor set to tabs, with the file's own step; a file indented with tabs stays so under
 * an editor set to spaces. The editor's setting applies as it is when it agrees with the file, and to a file that
 * indents nothing yet.
 */
public class PlanFormattingService extends FormattingService {

	@Override
	public List<TextEdit> format(XtextResource resource, Document document, int offset, int length,
			FormattingOptions editorOptions) {
		FormattingOptions options = IndentationInUse.of(document.getContents())
				.map(step -> optionsFor(step, editorOptions))
				.orElse(editorOptions);
		return super.format(resource, document, offset, length, options);
	}

	private static FormattingOptions optionsFor(String step, FormattingOptions editorOptions) {
		boolean fileUsesSpaces = !step.equals("\t");
		if (fileUsesSpaces && editorOptions != null && editorOptions.isInsertSpaces()) {
			return editorOptions;
		}
		FormattingOptions options = new FormattingOptions();
		if (editorOptions != null) {
			options.putAll(editorOptions);
		}
		options.setInsertSpaces(fileUsesSpaces);
		if (fileUsesSpaces) {
			options.setTabSize(step.length());
		}
		return options;
	}
}
