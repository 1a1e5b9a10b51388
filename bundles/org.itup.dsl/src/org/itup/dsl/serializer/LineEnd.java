package org.itup.dsl.serializer;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.parsetree.reconstr.impl.NodeIterator;
import org.eclipse.xtext.parsetree.reconstr.impl.TokenUtil;

/**
 * What the planner wrote after a token, split where its line ends: the comments that end the line, with the spaces
 * before them, stay on that line when a new line is put after it; the rest belongs to the line after.
 *
 * @param comments the comments that end the line, and the spaces before each
 * @param rest the line break and what follows it, up to the next token
 */
record LineEnd(List<INode> comments, List<INode> rest) {

	/** Splits what follows {@code token}, looking past linkage tokens removed from its line. */
	static LineEnd after(INode token, LinkageTokens linkage, TokenUtil tokens) {
		LineEnd split = new LineEnd(new ArrayList<>(), new ArrayList<>());
		List<INode> spaces = new ArrayList<>();
		NodeIterator following = new NodeIterator(token);
		boolean ended = false;
		while (following.hasNext()) {
			INode next = following.next();
			if (!tokens.isWhitespaceOrCommentNode(next)) {
				if (!ended && linkage.isClausePart(next) && !linkage.startsClause(next)) {
					following.prune();
					spaces.clear();
				} else if (!(next instanceof ICompositeNode)) {
					break;
				}
				continue;
			}
			ended |= tokens.isWhitespaceNode(next) && next.getText().contains("\n");
			if (ended) {
				split.rest.add(next);
			} else if (tokens.isCommentNode(next)) {
				split.comments.addAll(spaces);
				spaces.clear();
				split.comments.add(next);
				ended = next.getText().endsWith("\n");
			} else {
				spaces.add(next);
			}
		}
		split.rest.addAll(0, spaces);
		return split;
	}

	/** True when the comments end with the line break (a {@code //} comment does). */
	boolean endsLine() {
		return !comments.isEmpty() && comments.get(comments.size() - 1).getText().endsWith("\n");
	}
}
