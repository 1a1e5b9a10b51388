package org.itup.dsl.load;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV text as spreadsheets write it (RFC 4180: commas, double-quoted cells that may hold commas, quotes written
 * twice and line breaks, CR LF or LF line ends) into rows of cells that remember their line and column, so an error
 * in monitoring data points at the cell a person has to fix. A quote left open is reported where it opened.
 */
final class CsvRows {

	/** One cell: its text, and the line and column (from 1) where it starts. */
	record Cell(String text, int line, int column) {
	}

	/** A cell whose quote is never closed. */
	static final class UnclosedQuote extends Exception {
		private static final long serialVersionUID = 1L;
		final int line;
		final int column;

		UnclosedQuote(int line, int column) {
			super("a quote opened here is never closed");
			this.line = line;
			this.column = column;
		}
	}

	private final String text;
	private int position;
	private int line = 1;
	private int column = 1;

	private CsvRows(String text) {
		this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
	}

	/** The rows of the text; blank lines are left out. */
	static List<List<Cell>> read(String text) throws UnclosedQuote {
		return new CsvRows(text).rows();
	}

	private List<List<Cell>> rows() throws UnclosedQuote {
		List<List<Cell>> rows = new ArrayList<>();
		while (position < text.length()) {
			List<Cell> row = row();
			if (!(row.size() == 1 && row.get(0).text().isBlank())) {
				rows.add(row);
			}
		}
		return rows;
	}

	private List<Cell> row() throws UnclosedQuote {
		List<Cell> cells = new ArrayList<>();
		while (true) {
			cells.add(cell());
			if (position >= text.length()) {
				return cells;
			}
			char separator = take();
			if (separator == '\r' && position < text.length() && text.charAt(position) == '\n') {
				take();
			}
			if (separator != ',') {
				return cells;
			}
		}
	}

	private Cell cell() throws UnclosedQuote {
		int startLine = line;
		int startColumn = column;
		StringBuilder value = new StringBuilder();
		if (position < text.length() && text.charAt(position) == '"') {
			take();
			while (true) {
				if (position >= text.length()) {
					throw new UnclosedQuote(startLine, startColumn);
				}
				char c = take();
				if (c == '"' && position < text.length() && text.charAt(position) == '"') {
					take(); // a quote written twice is one quote of the text
				} else if (c == '"') {
					break;
				}
				value.append(c);
			}
		}
		while (position < text.length() && ",\r\n".indexOf(text.charAt(position)) < 0) {
			value.append(take());
		}
		return new Cell(value.toString(), startLine, startColumn);
	}

	private char take() {
		char c = text.charAt(position++);
		if (c == '\n') {
			line++;
			column = 1;
		} else {
			column++;
		}
		return c;
	}
}
