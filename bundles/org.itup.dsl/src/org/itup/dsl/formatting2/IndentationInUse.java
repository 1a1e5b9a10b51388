package org.itup.dsl.formatting2;

import java.util.Optional;

/**
 * The indentation a plan file already uses, so that formatting keeps it. Editors send their own defaults with a
 * format request (Neovim: tabs, eight wide), and a planner who formats a file written with four spaces expects four
 * spaces back, not a file where every indented line changed. A file that indents nothing yet takes the editor's
 * setting.
 */
public final class IndentationInUse {

	/** Widths beyond this are alignment, not an indentation step. */
	private static final int WIDEST_STEP = 8;
	/** The step of the project's own examples, for a file whose space widths show no common step. */
	private static final int HOUSE_STEP = 4;

	private int linesByTab;
	private int linesBySpace;
	private int commonSpaceStep;

	private IndentationInUse() {
	}

	/**
	 * The text of one indentation step in this plan text: a tab when most indented lines start with one, else as many
	 * spaces as every space indentation is a multiple of (four when that is under two or over eight); empty when
	 * nothing is indented.
	 */
	public static Optional<String> of(CharSequence planText) {
		IndentationInUse found = new IndentationInUse();
		found.read(planText);
		return found.step();
	}

	private void read(CharSequence text) {
		boolean lineStart = true;
		int spaces = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\n' || c == '\r') {
				lineStart = true;
				spaces = 0;
			} else if (lineStart && c == ' ') {
				spaces++;
			} else if (lineStart) {
				lineStart = false;
				countLine(c, spaces);
			}
		}
	}

	private void countLine(char first, int spaces) {
		if (first == '\t' && spaces == 0) {
			linesByTab++;
		} else if (spaces > 0 && first != '\t') {
			linesBySpace++;
			commonSpaceStep = greatestCommonDivisor(commonSpaceStep, spaces);
		}
	}

	private Optional<String> step() {
		if (linesByTab == 0 && linesBySpace == 0) {
			return Optional.empty();
		}
		if (linesByTab >= linesBySpace) {
			return Optional.of("\t");
		}
		boolean aStep = commonSpaceStep >= 2 && commonSpaceStep <= WIDEST_STEP;
		return Optional.of(" ".repeat(aStep ? commonSpaceStep : HOUSE_STEP));
	}

	private static int greatestCommonDivisor(int a, int b) {
		return b == 0 ? a : greatestCommonDivisor(b, a % b);
	}
}
