package org.itup.dsl.ide.folding;

import org.eclipse.xtext.ide.editor.folding.DefaultFoldingRangeProvider;
import org.eclipse.xtext.ide.editor.folding.FoldingRangeKind;
import org.eclipse.xtext.ide.editor.folding.IFoldingRangeAcceptor;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.resource.XtextResource;

/**
 * Folding for plans: every block that spans lines (goals, sectors, objectives, targets, risks ...) and every
 * block comment, as Xtext folds them, plus runs of line comments. Plans explain themselves in {@code //} runs
 * (where a figure comes from, which annex a part transcribes); Xtext alone folds only {@code /* ... *}{@code /}.
 */
public class PlanFolding extends DefaultFoldingRangeProvider {

	@Override
	protected void computeCommentFolding(XtextResource resource, IFoldingRangeAcceptor acceptor) {
		super.computeCommentFolding(resource, acceptor);
		if (resource.getParseResult() == null) {
			return;
		}
		ILeafNode first = null;
		ILeafNode last = null;
		for (ILeafNode leaf : resource.getParseResult().getRootNode().getLeafNodes()) {
			if (!isLineComment(leaf)) {
				continue;
			}
			if (last != null && leaf.getStartLine() == last.getStartLine() + 1) {
				last = leaf;
				continue;
			}
			foldRun(first, last, acceptor);
			first = leaf;
			last = leaf;
		}
		foldRun(first, last, acceptor);
	}

	private static boolean isLineComment(ILeafNode leaf) {
		return leaf.isHidden() && leaf.getText().startsWith("//");
	}

	private static void foldRun(ILeafNode first, ILeafNode last, IFoldingRangeAcceptor acceptor) {
		if (first == null || first == last) {
			return; // a single comment line has nothing to fold
		}
		int end = last.getText().endsWith("\n") ? last.getEndOffset() - 1 : last.getEndOffset();
		acceptor.accept(first.getOffset(), end - first.getOffset(), FoldingRangeKind.COMMENT);
	}
}
