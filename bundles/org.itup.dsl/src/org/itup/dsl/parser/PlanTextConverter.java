package org.itup.dsl.parser;

import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.INode;

/**
 * Reads quoted texts with the usual escapes, but refuses texts that would hold control characters. Raw control
 * characters are caught before parsing (the file is not text); an escape such as {@code \u001b} would still bring
 * one in, and a title holding a terminal escape sequence rewrites the screen of whoever checks the plan, or leaves
 * NUL and BEL in every export. Tabs and line breaks (LF, CR) are text, escaped or not. A lone half of a surrogate pair is no character at all
 * and makes JSON that strict readers refuse.
 */
final class PlanTextConverter implements IValueConverter<String>, IValueConverter.RuleSpecific {

	private final IValueConverter<String> quoted;

	PlanTextConverter(IValueConverter<String> quoted) {
		this.quoted = quoted;
	}

	@Override
	public String toValue(String literal, INode node) {
		String value = quoted.toValue(literal, node);
		String problem = value == null ? null : problemIn(value);
		if (problem != null) {
			throw new ValueConverterException(problem, node, null);
		}
		return value;
	}

	@Override
	public String toString(String value) {
		return quoted.toString(value);
	}

	@Override
	public void setRule(AbstractRule rule) {
		if (quoted instanceof RuleSpecific specific) {
			specific.setRule(rule);
		}
	}

	/** What is wrong with a text's characters, or null when nothing is. */
	static String problemIn(String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (isLoneSurrogate(value, i)) {
				return String.format("the text holds U+%04X, half of a surrogate pair without its other half: it is no"
						+ " character; remove the escape", (int) c);
			}
			if (Character.isHighSurrogate(c)) {
				i++; // the pair is one character, and never a control one
			} else if (isControl(c)) {
				return String.format("the text holds the control character U+%04X, written as an escape: texts may"
						+ " hold tabs and line breaks but no other control characters; remove the escape", (int) c);
			}
		}
		return null;
	}

	/** C0 controls but tab and line ends, DEL, and the C1 controls that some terminals also obey. */
	private static boolean isControl(char c) {
		return c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7F && c <= 0x9F;
	}

	private static boolean isLoneSurrogate(String value, int i) {
		char c = value.charAt(i);
		if (Character.isHighSurrogate(c)) {
			return i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1));
		}
		return Character.isLowSurrogate(c);
	}
}
