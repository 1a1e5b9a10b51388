package org.itup.dsl.ui.quickfix;

import java.util.Comparator;
import java.util.List;

import org.eclipse.xtext.ui.editor.model.IXtextDocument;
import org.eclipse.xtext.ui.editor.model.edit.IModificationContext;
import org.eclipse.xtext.ui.editor.quickfix.DefaultQuickfixProvider;
import org.eclipse.xtext.ui.editor.quickfix.IssueResolution;
import org.eclipse.xtext.validation.Issue;
import org.itup.dsl.ide.quickfix.PlanQuickFix;
import org.itup.dsl.ide.quickfix.PlanQuickFixes;
import org.itup.dsl.ide.quickfix.PlanTextEdit;

import com.google.inject.Inject;

/**
 * The Eclipse editor's quick fixes are the plan language's editor-neutral ones ({@link PlanQuickFixes}, shared with
 * the language server): this only asks for them on the editor's document and applies their text edits.
 */
public class ItupQuickfixProvider extends DefaultQuickfixProvider {

	@Inject
	private PlanQuickFixes quickFixes;

	@Override
	public boolean hasResolutionFor(String issueCode) {
		return quickFixes.hasFixes(issueCode) || super.hasResolutionFor(issueCode);
	}

	@Override
	public List<IssueResolution> getResolutions(Issue issue) {
		if (!quickFixes.hasFixes(issue.getCode())) {
			return super.getResolutions(issue);
		}
		IModificationContext context = getModificationContextFactory().createModificationContext(issue);
		IXtextDocument document = context.getXtextDocument();
		List<PlanQuickFix> fixes = document.readOnly(resource -> quickFixes.fixesFor(resource, issue.getCode(),
				issue.getOffset(), issue.getLength()));
		return fixes.stream()
				.map(fix -> new IssueResolution(fix.label(), fix.label(), null, context,
						modification -> apply(fix, modification.getXtextDocument())))
				.toList();
	}

	/** Applies the edits from the end of the text backwards, so the offsets of the earlier ones stay valid. */
	private static void apply(PlanQuickFix fix, IXtextDocument document) throws Exception {
		List<PlanTextEdit> edits = fix.edits().stream()
				.sorted(Comparator.comparingInt(PlanTextEdit::offset).reversed()).toList();
		for (PlanTextEdit edit : edits) {
			document.replace(edit.offset(), edit.length(), edit.text());
		}
	}
}
