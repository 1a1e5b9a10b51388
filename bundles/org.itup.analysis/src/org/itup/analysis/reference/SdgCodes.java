package org.itup.analysis.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The official codes of the Sustainable Development Goals, their 169 targets and their indicators, shipped with
 * itup so that SDG references are checked on any machine. Codes are compared in their official lower-case form
 * ({@code 9.c}, {@code 9.c.1}).
 */
public final class SdgCodes {

	private static final SdgCodes OFFICIAL = load();

	private final Set<String> goals;
	private final Set<String> targets;
	private final Set<String> indicators;

	private SdgCodes(Set<String> goals, Set<String> targets, Set<String> indicators) {
		this.goals = Collections.unmodifiableSet(goals);
		this.targets = Collections.unmodifiableSet(targets);
		this.indicators = Collections.unmodifiableSet(indicators);
	}

	public static SdgCodes official() {
		return OFFICIAL;
	}

	public boolean isGoal(String code) {
		return code != null && goals.contains(code);
	}

	public boolean isTarget(String code) {
		return code != null && targets.contains(code);
	}

	public boolean isIndicator(String code) {
		return code != null && indicators.contains(code);
	}

	/** The official form of a code written with capitals, such as "9.C.1"; the code itself when it has none. */
	public static String officialForm(String code) {
		return code == null ? null : code.toLowerCase(Locale.ROOT);
	}

	public Set<String> goals() {
		return goals;
	}

	public Set<String> targets() {
		return targets;
	}

	public Set<String> indicators() {
		return indicators;
	}

	private static SdgCodes load() {
		Set<String> goals = new LinkedHashSet<>();
		Set<String> targets = new LinkedHashSet<>();
		Set<String> indicators = new LinkedHashSet<>();
		try (InputStream in = SdgCodes.class.getResourceAsStream("sdg-codes.txt");
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				String[] kindAndCode = line.strip().split(" ");
				if (kindAndCode.length != 2 || line.startsWith("#")) {
					continue;
				}
				switch (kindAndCode[0]) {
				case "goal" -> goals.add(kindAndCode[1]);
				case "target" -> targets.add(kindAndCode[1]);
				case "indicator" -> indicators.add(kindAndCode[1]);
				default -> throw new IllegalStateException("unknown kind in sdg-codes.txt: " + line);
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return new SdgCodes(goals, targets, indicators);
	}
}
