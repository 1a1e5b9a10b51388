package org.itup.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads one fuzz input as several plan files, so the fuzzer reaches what only plans split across files do
 * (references between files, parts naming different plans, operational plans): a line {@code //// next file}
 * starts the next file. The marker is also in the fuzz dictionary, so the fuzzer splits inputs of its own accord.
 */
final class PlanFileSplit {

	static final String MARKER = "\n//// next file\n";
	private static final byte[] MARKER_BYTES = MARKER.getBytes(StandardCharsets.US_ASCII);
	private static final int MOST_FILES = 8;

	private PlanFileSplit() {
	}

	static Map<String, byte[]> files(byte[] input) {
		Map<String, byte[]> files = new LinkedHashMap<>();
		int start = 0;
		int marker = indexOf(input, start);
		while (marker >= 0 && files.size() < MOST_FILES - 1) {
			files.put(name(files.size()), Arrays.copyOfRange(input, start, marker));
			start = marker + MARKER_BYTES.length;
			marker = indexOf(input, start);
		}
		files.put(name(files.size()), Arrays.copyOfRange(input, start, input.length));
		return files;
	}

	/** The inverse of {@link #files}: the input that reads as these file contents, in order. */
	static byte[] join(Iterable<String> contents) {
		return String.join(MARKER, contents).getBytes(StandardCharsets.UTF_8);
	}

	private static String name(int index) {
		return "part-" + (index + 1) + ".itup";
	}

	private static int indexOf(byte[] input, int from) {
		for (int i = from; i <= input.length - MARKER_BYTES.length; i++) {
			if (Arrays.equals(input, i, i + MARKER_BYTES.length, MARKER_BYTES, 0, MARKER_BYTES.length)) {
				return i;
			}
		}
		return -1;
	}
}
