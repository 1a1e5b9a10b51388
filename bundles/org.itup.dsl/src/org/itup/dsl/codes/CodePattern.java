package org.itup.dsl.codes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the codes of one level are built, as a plan declares it: literal text, at most one placeholder for the
 * parent's code ({@code {goal}}, {@code {objective}}, ...) and exactly one counter ({@code {n}}, {@code {a}},
 * {@code {A}}). {@code {goal}.{n}} gives the 2nd target of goal 4 the code 4.2; {@code {objective}-{a}} gives the
 * 3rd outcome of R.1 the code R.1-c.
 */
public final class CodePattern {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)\\}");

	/** What a code may hold besides placeholders: the characters of the grammar's Code rule. */
	private static final Pattern LITERAL = Pattern.compile("[A-Za-z0-9_.\\-]*");

	private final String text;
	private final List<String> pieces;
	private final String parent;
	private final CodeCounter counter;

	private CodePattern(String text, List<String> pieces, String parent, CodeCounter counter) {
		this.text = text;
		this.pieces = pieces;
		this.parent = parent;
		this.counter = counter;
	}

	/**
	 * Reads a pattern whose parent placeholder, if any, is one of {@code parents}.
	 *
	 * @throws IllegalArgumentException saying what is wrong, in words for the planner who wrote it
	 */
	public static CodePattern parse(String text, Set<String> parents) {
		List<String> pieces = new ArrayList<>();
		String parent = null;
		CodeCounter counter = null;
		Matcher placeholder = PLACEHOLDER.matcher(text);
		int end = 0;
		while (placeholder.find()) {
			pieces.add(literal(text.substring(end, placeholder.start())));
			String name = placeholder.group(1);
			if (CodeCounter.named(name) != null) {
				if (counter != null) {
					throw new IllegalArgumentException("it has two counters; a code counts its element once.");
				}
				counter = CodeCounter.named(name);
			} else if (parents.contains(name) && parent == null) {
				parent = name;
			} else {
				throw new IllegalArgumentException("'{" + name + "}' is not a placeholder it may use.");
			}
			pieces.add(placeholder.group());
			end = placeholder.end();
		}
		pieces.add(literal(text.substring(end)));
		if (counter == null) {
			throw new IllegalArgumentException("it has no counter.");
		}
		return new CodePattern(text, List.copyOf(pieces), parent, counter);
	}

	private static String literal(String text) {
		if (!LITERAL.matcher(text).matches()) {
			throw new IllegalArgumentException("'" + text + "' cannot stand in a code (letters, digits, '_', '.' and '-'"
					+ " only).");
		}
		return text;
	}

	/** The placeholder of the parent's code without braces ({@code goal}), or null when codes do not repeat it. */
	public String parent() {
		return parent;
	}

	/** The code of the element at {@code index} (0 for the first) among the children of a parent with this code. */
	public String code(String parentCode, int index) {
		return fill(parentCode, counter.format(index));
	}

	/**
	 * The code a child gets when its parent's code changes, keeping its counter: with {@code {goal}.{n}}, 2.3
	 * under goal 2 renamed 7 becomes 7.3. Null when the child's code does not follow this pattern under the old
	 * parent code, or the pattern does not repeat the parent's code.
	 */
	public String reparented(String code, String oldParent, String newParent) {
		if (parent == null || code == null || oldParent == null) {
			return null;
		}
		Matcher matcher = Pattern.compile(regex(oldParent)).matcher(code);
		return matcher.matches() ? fill(newParent, matcher.group(1)) : null;
	}

	private String fill(String parentCode, String count) {
		StringBuilder code = new StringBuilder();
		for (String piece : pieces) {
			if (piece.equals("{" + counter.placeholder + "}")) {
				code.append(count);
			} else if (parent != null && piece.equals("{" + parent + "}")) {
				code.append(parentCode);
			} else {
				code.append(piece);
			}
		}
		return code.toString();
	}

	private String regex(String parentCode) {
		StringBuilder regex = new StringBuilder();
		for (String piece : pieces) {
			if (piece.equals("{" + counter.placeholder + "}")) {
				regex.append('(').append(counter.regex).append(')');
			} else if (parent != null && piece.equals("{" + parent + "}")) {
				regex.append(Pattern.quote(parentCode));
			} else if (!piece.isEmpty()) {
				regex.append(Pattern.quote(piece));
			}
		}
		return regex.toString();
	}

	@Override
	public String toString() {
		return text;
	}
}
