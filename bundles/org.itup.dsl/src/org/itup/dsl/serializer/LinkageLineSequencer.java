package org.itup.dsl.serializer;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.parsetree.reconstr.impl.NodeIterator;
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
	private LinkageClauses clauses;

	/** While a new linkage line is being written: the indentation of the objective's lines, else null. */
	private String lineIndentation;

	/** The indentation of the objective's own line, for its closing brace. */
	private String braceIndentation;

	/** What the planner wrote after the token before the new line, for the token after it. */
	private List<INode> heldBack = List.of();

	@Override
	public void acceptUnassignedKeyword(Keyword keyword, String token, ILeafNode node) {
		if (node == null && clauses.isClauseStart(keyword) && (lastNode != null || lineIndentation != null)) {
			openLine();
		} else if (node == null && lineIndentation != null && !clauses.isInClause(keyword)) {
			closeLine("}".equals(token) ? braceIndentation : lineIndentation);
		} else if (node == null && lastNode != null && clauses.isObjectiveEnd(keyword)) {
			super.acceptUnassignedKeyword(keyword, token, ObjectiveIndentation.closingBrace(lastNode));
			return;
		} else {
			super.acceptUnassignedKeyword(keyword, token, node);
			return;
		}
		lastNode = null;
		delegate.acceptUnassignedKeyword(keyword, token, null);
	}

	/** Ends the previous line after its own comments, and indents the new clause. */
	private void openLine() {
		boolean lineEnded = false;
		if (lastNode != null) {
			lineIndentation = ObjectiveIndentation.ofLinesInside(lastNode);
			braceIndentation = ObjectiveIndentation.ofObjective(lastNode);
			List<INode> comments = new ArrayList<>();
			heldBack = new ArrayList<>();
			splitAtLineEnd(lastNode, comments, heldBack);
			if (!comments.isEmpty()) {
				emitHiddenTokens(comments);
				lineEnded = comments.get(comments.size() - 1).getText().endsWith("\n");
			}
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
		if (from != null && to != null && removedBetween(from, to)) {
			hidden = inFrontOf(to, hidden);
		}
		if (lineIndentation == null || to == null || clauses.isInClause(to.getGrammarElement())) {
			return hidden;
		}
		lineIndentation = null;
		heldBack = List.of();
		return startingLine(hidden == null ? List.of() : hidden, ObjectiveIndentation.ofLine(to));
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

	private boolean removedBetween(INode previous, INode next) {
		NodeIterator following = new NodeIterator(previous);
		while (following.hasNext()) {
			if (following.next() instanceof ILeafNode leaf && !leaf.isHidden()) {
				return leaf.getOffset() < next.getOffset() && isRemovedFromClause(leaf);
			}
		}
		return false;
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

	/** A part of a linkage clause found where the serializer did not write one: taken out of the objective. */
	private boolean isRemovedFromClause(INode token) {
		return clauses.isInClause(token.getGrammarElement()) || token.getParent() != null
				&& clauses.isInClause(token.getParent().getGrammarElement());
	}

	private boolean startsClause(INode token) {
		return token.getGrammarElement() instanceof Keyword keyword && clauses.isClauseStart(keyword);
	}

	/**
	 * Splits what follows {@code token} up to the next token: the comments that end its line, with the spaces
	 * before them, stay on that line; the rest belongs to the next line.
	 */
	private void splitAtLineEnd(INode token, List<INode> lineEnd, List<INode> rest) {
		List<INode> spaces = new ArrayList<>();
		NodeIterator following = new NodeIterator(token);
		boolean ended = false;
		while (following.hasNext()) {
			INode next = following.next();
			if (!tokenUtil.isWhitespaceOrCommentNode(next)) {
				if (!ended && isRemovedFromClause(next) && !startsClause(next)) {
					following.prune();
					spaces.clear();
				} else if (!(next instanceof ICompositeNode)) {
					break;
				}
				continue;
			}
			ended |= tokenUtil.isWhitespaceNode(next) && next.getText().contains("\n");
			if (ended) {
				rest.add(next);
			} else if (tokenUtil.isCommentNode(next)) {
				lineEnd.addAll(spaces);
				spaces.clear();
				lineEnd.add(next);
				ended = next.getText().endsWith("\n");
			} else {
				spaces.add(next);
			}
		}
		rest.addAll(0, spaces);
	}
}
