package org.itup.dsl.ide.hover;

import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Range;
import org.eclipse.xtext.ide.server.hover.HoverContext;
import org.eclipse.xtext.ide.server.hover.HoverService;
import org.itup.analysis.text.MarkdownText;
import org.itup.dsl.ide.reference.ReferenceTitles;
import org.itup.dsl.vocabulary.PlanWords;

import com.google.inject.Inject;

/**
 * Hover for plans: an element's statement and key facts ({@link PlanHoverText}), or the official title of the
 * SDG or WSIS code under the cursor.
 */
public class PlanHoverService extends HoverService {

	@Inject
	private ReferenceTitles titles;

	@Inject
	private BaseRevisionHover baseRevision;

	@Inject
	private PlanWords words;

	@Override
	protected Hover hover(HoverContext context) {
		if (context == null) {
			// nothing under the cursor (e.g. past the end of a half-typed file): the stock empty hover
			return super.hover(null);
		}
		Optional<ReferenceCodeAtOffset.Code> code = ReferenceCodeAtOffset.find(context.getElement(),
				context.getOffset());
		if (code.isEmpty()) {
			return super.hover(context);
		}
		String text = code.get().text();
		String title = titles.title(text).orElse(titles.hasSdgTitles() ? "no official title"
				: "official title not available: set itup.sdgTitles to a folder of SDG titles");
		int offset = code.get().region().getOffset();
		Range range = new Range(context.getDocument().getPosition(offset),
				context.getDocument().getPosition(offset + code.get().region().getLength()));
		return new Hover(toMarkupContent(MarkupKind.MARKDOWN,
				"**" + MarkdownText.phrase(text) + "** - " + MarkdownText.phrase(title)), range);
	}

	@Override
	public String getContents(EObject element) {
		return element == null ? null
				: baseRevision.appendTo(MeasuredStatusHover.appendTo(PlanHoverText.describe(element, words.of(element)),
						element), element);
	}
}
