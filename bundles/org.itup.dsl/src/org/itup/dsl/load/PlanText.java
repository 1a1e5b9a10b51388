package org.itup.dsl.load;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

import org.itup.dsl.load.PlanDiagnostic.Severity;
import org.itup.dsl.validation.IssueCodes;

/**
 * Checks the bytes of a plan file before parsing: plan files are UTF-8, and a file that is not gets an error at the
 * first byte that is not, rather than silently mangled text.
 */
final class PlanText {

	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private PlanText() {
	}

	static byte[] withoutBom(byte[] bytes) {
		if (bytes.length >= 3 && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2]) {
			byte[] rest = new byte[bytes.length - 3];
			System.arraycopy(bytes, 3, rest, 0, rest.length);
			return rest;
		}
		return bytes;
	}

	static Optional<PlanDiagnostic> checkUtf8(Path file, byte[] bytes) {
		int bad = firstMalformedByte(bytes);
		if (bad < 0) {
			return Optional.empty();
		}
		String before = new String(bytes, 0, bad, StandardCharsets.UTF_8);
		LineStarts lines = LineStarts.of(before + ' ');
		int line = lines.line(before.length());
		int column = lines.column(before.length());
		String message = String.format("the file is not UTF-8 text (byte 0x%02X at offset %d); save it as UTF-8",
				bytes[bad] & 0xFF, bad);
		return Optional.of(new PlanDiagnostic(file, line, column, line, column + 1, Severity.ERROR, message,
				IssueCodes.NOT_UTF8));
	}

	/** Returns the offset of the first byte that is not part of valid UTF-8, or -1 when all are. */
	private static int firstMalformedByte(byte[] bytes) {
		ByteBuffer in = ByteBuffer.wrap(bytes);
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		CoderResult result = decoder.decode(in, CharBuffer.allocate(bytes.length + 1), true);
		return result.isError() ? in.position() : -1;
	}

	/**
	 * True when the file holds only whitespace and comments. A scan rather than stripping comments with regular
	 * expressions: a plan file answers at its first word, and the stripping copied every file twice.
	 */
	static boolean isBlank(String text) {
		int at = 0;
		while (at < text.length()) {
			if (Character.isWhitespace(text.charAt(at))) {
				at++;
			} else if (text.startsWith("//", at)) {
				int lineEnd = text.indexOf('\n', at);
				at = lineEnd < 0 ? text.length() : lineEnd + 1;
			} else if (text.startsWith("/*", at) && text.indexOf("*/", at + 2) >= 0) {
				at = text.indexOf("*/", at + 2) + 2;
			} else {
				return false;
			}
		}
		return true;
	}
}
