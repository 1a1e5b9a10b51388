package org.itup.dsl.serializer;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.serializer.sequencer.HiddenTokenSequencer;

import com.google.inject.Inject;

/**
 * Puts a linkage clause that the serializer adds to an objective (after an edit in the linkage matrix) on a line of
 * its own, indented like the objective's other lines, while the spaces and comments the planner wrote stay where
 * they were. Xtext's own sequencer gives a new token the whitespace that followed the previous one (the line break
 * meant for the next line) and leaves the new token's own spacing to the formatter, which joins the clause to the
 * previous line ({@code secondary goals 2 primary goal 3}) and puts the objective's brace at the formatter's
 * indentation, not the file's.
 */
public class LinkageLineSequencer extends HiddenTokenSequencer {

	@Inject
	private LinkageTokens linkage;

	/** While a new linkage line is being written: the indentation of the objective's lines, else null. */
	private String lineIndentation;

	/** The indentation of the objective's own line, for its closing brace. */
	private String braceIndentation;

	/** What the planner wrote after the token before the new line, for the token after it. */
	private List<INode> heldBack = List.of();

	@Override
	public void acceptUnassignedKeyword(Keyword keyword, String token, ILeafNode node) {
		if (node == null && linkage.isClauseStart(keyword) && (lastNode != null || lineIndentation != null)) {
			openLine();
			acceptNew(keyword, token);
		} else if (node == null && lineIndentation != null && !linkage.isInClause(keyword)) {
			closeLine("}".equals(token) ? braceIndentation : lineIndentation);
			acceptNew(keyword, token);
		} else if (node == null && lastNode != null && linkage.isObjectiveEnd(keyword)) {
			// after a removed goal the serializer loses the planner's closing brace, and with it what stood before it
			super.acceptUnassignedKeyword(keyword, token, ObjectiveText.closingBrace(lastNode));
		} else {
			super.acceptUnassignedKeyword(keyword, token, node);
		}
	}

	private void acceptNew(Keyword keyword, String token) {
		lastNode = null;
		delegate.acceptUnassignedKeyword(keyword, token, null);
	}

	/** Ends the previous line after its own comments, and indents the new clause. */
	private void openLine() {
		boolean lineEnded = false;
		if (lastNode != null) {
			lineIndentation = ObjectiveText.ofLinesInside(lastNode);
			braceIndentation = ObjectiveText.ofObjective(lastNode);
			LineEnd lineEnd = LineEnd.after(lastNode, linkage, tokenUtil);
			heldBack = lineEnd.rest();
			if (!lineEnd.comments().isEmpty()) {
				emitHiddenTokens(lineEnd.comments());
			}
			lineEnded = lineEnd.endsLine();
		}
		acceptSpace((lineEnded ? "" : "\n") + lineIndentation);
	}

	/** Starts the line of a token that the serializer wrote anew after the new clause (the objective's brace). */
	private void closeLine(String indentation) {
		emitHiddenTokens(startingLine(heldBack, indentation));
		lineIndentation = null;
		heldBack = List.of();
	}

	/**
	 * The hidden tokens in front of the first token the planner wrote after a new linkage line: the planner's own,
	 * when they start a line; otherwise (the token shared the line of the clause's predecessor, as a closing brace
	 * in {@code { }} does) a line break with the indentation of the token's line, and the comments.
	 */
	@Override
	protected List<INode> getHiddenNodesBetween(INode from, INode to) {
		List<INode> hidden = super.getHiddenNodesBetween(from, to);
		if (from != null && to != null && linkage.removedBetween(from, to)) {
			hidden = inFrontOf(to, hidden);
		}
		if (lineIndentation == null || to == null || linkage.isInClause(to.getGrammarElement())) {
			return hidden;
		}
		lineIndentation = null;
		heldBack = List.of();
		return startingLine(hidden == null ? List.of() : hidden, ObjectiveText.ofLine(to));
	}

	/**
	 * When linkage tokens between two that the planner wrote were removed (a goal taken out of {@code goals 2, 3}),
	 * Xtext writes what followed the first one up to the removed tokens, often nothing ({@code goals 2output}), and
	 * drops the comment that ended their line; what the planner wrote in front of the second one is kept instead,
	 * after the line break of the removed line if they started one.
	 */
	private List<INode> inFrontOf(INode next, List<INode> afterPrevious) {
		List<INode> inFront = super.getHiddenNodesBetween(null, next);
		if (inFront == null) {
			return afterPrevious;
		}
		INode first = inFront.get(0);
		if (!breaksLine(afterPrevious) || breaksLine(List.of(first)) || tokenUtil.isCommentNode(first)) {
			return inFront;
		}
		List<INode> joined = new ArrayList<>(afterPrevious);
		joined.addAll(inFront.subList(1, inFront.size()));
		return joined;
	}

	private static boolean breaksLine(List<INode> hidden) {
		return hidden.stream().anyMatch(node -> node.getText().contains("\n"));
	}

	/**
	 * The planner's hidden tokens when they break the line; otherwise a line break with the given indentation
	 * (written here, as the sequencer writes the returned tokens next) and only the comments, as one whitespace
	 * must not follow another.
	 */
	private List<INode> startingLine(List<INode> hidden, String indentation) {
		if (breaksLine(hidden)) {
			return hidden;
		}
		acceptSpace("\n" + indentation);
		return hidden.stream().filter(tokenUtil::isCommentNode).toList();
	}

	private void acceptSpace(String space) {
		delegate.acceptWhitespace(hiddenTokenHelper.getWhitespaceRuleFor(null, space), space, null);
	}
}
