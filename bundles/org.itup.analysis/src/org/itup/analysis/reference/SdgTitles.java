package org.itup.analysis.reference;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Official SDG titles in one language, read from a folder the user supplies (itup ships codes, not the UN's
 * sentences). The folder holds {@code global_goals.yml}, {@code global_targets.yml} and
 * {@code global_indicators.yml} with keys such as {@code 9-short}, {@code 9-c-title} and {@code 9-c-1-title}.
 */
public final class SdgTitles {

	private static final List<String> FILES = List.of("global_goals.yml", "global_targets.yml",
			"global_indicators.yml");

	private final Map<String, String> entries;

	private SdgTitles(Map<String, String> entries) {
		this.entries = Map.copyOf(entries);
	}

	public static SdgTitles none() {
		return new SdgTitles(Map.of());
	}

	/** A title file that cannot be read, or is not UTF-8 text; the message names the file and the place. */
	public static final class UnreadableTitles extends IllegalArgumentException {

		private static final long serialVersionUID = 1L;

		UnreadableTitles(String message) {
			super(message);
		}
	}

	/**
	 * Reads the files of a language folder; a missing file contributes no titles.
	 *
	 * @throws UnreadableTitles when a file cannot be read or is not UTF-8
	 */
	public static SdgTitles read(Path languageFolder) {
		Map<String, String> entries = new HashMap<>();
		for (String name : FILES) {
			Path file = languageFolder.resolve(name);
			if (Files.isRegularFile(file)) {
				entries.putAll(SimpleYaml.parse(textOf(file)));
			}
		}
		return new SdgTitles(entries);
	}

	/**
	 * Reads a folder the user named on purpose: unlike {@link #read}, a path that is no folder, or a folder holding
	 * none of the title files, is their mistake (a typo most likely) and is refused rather than showing no titles.
	 *
	 * @throws UnreadableTitles naming the folder and what it lacks, or the file that cannot be read
	 */
	public static SdgTitles readNamedFolder(Path languageFolder) {
		if (!Files.isDirectory(languageFolder)) {
			throw new UnreadableTitles("no such folder: " + languageFolder);
		}
		if (FILES.stream().noneMatch(name -> Files.isRegularFile(languageFolder.resolve(name)))) {
			throw new UnreadableTitles("the folder " + languageFolder + " holds none of the SDG title files "
					+ String.join(", ", FILES));
		}
		return read(languageFolder);
	}

	private static String textOf(Path file) {
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		} catch (IOException e) {
			throw new UnreadableTitles("cannot read the SDG titles " + file + ": " + e.getMessage());
		}
		ByteBuffer in = ByteBuffer.wrap(bytes);
		CharBuffer text = CharBuffer.allocate(bytes.length);
		CoderResult result = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT).decode(in, text, true);
		if (result.isError()) {
			throw new UnreadableTitles(String.format("the SDG titles %s are not UTF-8 text (byte 0x%02X at offset %d);"
					+ " save the file as UTF-8", file, bytes[in.position()] & 0xFF, in.position()));
		}
		return text.flip().toString();
	}

	/** The title of a goal ("9"), target ("9.c") or indicator ("9.c.1"). */
	public Optional<String> title(String code) {
		if (code == null) {
			return Optional.empty();
		}
		return Optional.ofNullable(entries.get(SdgCodes.officialForm(code).replace('.', '-') + "-title"));
	}

	/** The short name of a goal, such as "Industry, innovation and infrastructure". */
	public Optional<String> shortName(String goal) {
		return Optional.ofNullable(entries.get(goal + "-short"));
	}

	public boolean isEmpty() {
		return entries.isEmpty();
	}
}
