package org.itup.generator.tests;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * What a person might do inside a protected region: insert, delete or replace stretches of text with Windows line
 * ends, tabs, trailing spaces, empty lines, any script, text that reads almost like a region marker, and now and
 * then a very long paste. The only rule a person must keep is the documented one: no line of their own is a marker.
 */
final class RegionEdits {

	private static final List<String> PIECES = List.of("abc ", "XYZ", "019", "\"quoted\"", "'", "\\", ",;|", "<>&",
			"{}", "/", "\t", "\t\tindented", "trailing   \n", "\r\n", "line\r\n", "\n", "\n\n\n", "   ", "عربي",
			"中文", "€", "😀 emoji", "e\u0301", "\u00a0nbsp", "\u200bzero-width", "\ufeffbom", "\u2028", "\u0085",
			"// BEGIN PROTECTED REGIONS are not markers\n", "x // END PROTECTED REGION output S.1-1\n",
			"//BEGIN PROTECTED REGION plan\n", "// end protected region output S.1-2\n",
			"# END PROTECTED REGION plan\n", "/* // BEGIN PROTECTED REGION x */\n", "activity \"Draft\"\n");

	/** A line a person wrote that the skeleton would read as a marker: leading blanks, then the marker text. */
	private static final Pattern OWN_MARKER = Pattern.compile("(?m)^[ \\t]*// (BEGIN|END) PROTECTED REGION ");

	private RegionEdits() {
	}

	/** An edit of the content; it keeps ending in a line break, as the content before an end marker does. */
	static String edit(String content, Random random) {
		while (true) {
			int from = boundary(content, random.nextInt(content.length() + 1));
			int to = boundary(content, from + random.nextInt(content.length() - from + 1));
			String text = text(random);
			String edited = switch (random.nextInt(3)) {
			case 0 -> content.substring(0, from) + text + content.substring(from);
			case 1 -> content.substring(0, from) + content.substring(to);
			default -> content.substring(0, from) + text + content.substring(to);
			};
			edited = edited.isEmpty() || edited.endsWith("\n") ? edited : edited + "\n";
			if (!OWN_MARKER.matcher(edited.replace("\r", "\n")).find()) {
				return edited;
			}
		}
	}

	/** An objective title that reads like a marker; the skeleton shows titles in comments, never as markers. */
	static String markerLookalike(Random random) {
		return List.of("// END PROTECTED REGION output S.1-1", "x\n// BEGIN PROTECTED REGION plan",
				"\t// END PROTECTED REGION plan\r\n", "Plain title").get(random.nextInt(4));
	}

	private static String text(Random random) {
		StringBuilder text = new StringBuilder();
		int pieces = random.nextInt(20) == 0 ? 20_000 : 1 + random.nextInt(12);
		for (int i = 0; i < pieces; i++) {
			text.append(PIECES.get(random.nextInt(PIECES.size())));
		}
		return text.toString();
	}

	/** Moves a cut off the middle of a surrogate pair: a person's editor never splits a character. */
	private static int boundary(String content, int index) {
		return index > 0 && index < content.length() && Character.isLowSurrogate(content.charAt(index)) ? index - 1
				: index;
	}
}
