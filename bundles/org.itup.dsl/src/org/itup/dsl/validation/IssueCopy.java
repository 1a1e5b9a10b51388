package org.itup.dsl.validation;

import org.eclipse.xtext.validation.Issue;

/** A finding copied field by field, for the rule settings and the finding cap to change one or two of them. */
public final class IssueCopy {

	private IssueCopy() {
	}

	public static Issue.IssueImpl of(Issue issue) {
		Issue.IssueImpl copy = new Issue.IssueImpl();
		copy.setCode(issue.getCode());
		copy.setMessage(issue.getMessage());
		copy.setSeverity(issue.getSeverity());
		copy.setOffset(issue.getOffset());
		copy.setLength(issue.getLength());
		copy.setLineNumber(issue.getLineNumber());
		copy.setColumn(issue.getColumn());
		copy.setLineNumberEnd(issue.getLineNumberEnd());
		copy.setColumnEnd(issue.getColumnEnd());
		copy.setUriToProblem(issue.getUriToProblem());
		copy.setData(issue.getData());
		copy.setType(issue.getType());
		copy.setSyntaxError(issue.isSyntaxError());
		return copy;
	}
}
