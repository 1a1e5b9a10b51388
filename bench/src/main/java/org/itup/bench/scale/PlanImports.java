package org.itup.bench.scale;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * How a later plan builds on the plan of the period before: its inter-sectoral file imports that plan, and its
 * first coordination enabler goes on supporting the earlier plan's objective I.1 until the work started there is
 * handed over. Both plans use the same codes, and a bare code that names an element in the plan and another in an
 * imported plan is ambiguous, so the file writes every reference with its plan's name ({@code abc2020.1},
 * {@code abc2016.I.1}), the way the language resolves qualified codes.
 */
final class PlanImports {

	static final String IMPORTING_FILE = "inter-sectoral.itup";

	/** A line of references by code: goal links of an objective, or the objectives an enabler supports. */
	private static final Pattern REFERENCES = Pattern
			.compile("(?m)^(\\s*(?:primary goals?|secondary goals?|supports) )([\\w.-]+(?:, [\\w.-]+)*)$");

	private PlanImports() {
	}

	static String add(String text, String exampleFileName, ScaledPlan plan) {
		if (plan.predecessor() == null || !exampleFileName.equals(IMPORTING_FILE)) {
			return text;
		}
		String header = "plan " + plan.name() + "\n";
		int headerEnd = text.indexOf(header);
		if (headerEnd < 0) {
			throw new IllegalStateException("no '" + header.trim() + "' line in " + exampleFileName);
		}
		headerEnd += header.length();
		String imported = text.substring(0, headerEnd) + "import " + plan.predecessor() + "\n"
				+ text.substring(headerEnd);
		Matcher references = REFERENCES.matcher(imported);
		StringBuilder qualified = new StringBuilder(imported.length() + 1024);
		boolean first = true;
		while (references.find()) {
			String codes = qualify(references.group(2), plan.name());
			if (first && references.group(1).trim().equals("supports")) {
				codes += ", " + plan.predecessor() + ".I.1";
				first = false;
			}
			references.appendReplacement(qualified, Matcher.quoteReplacement(references.group(1) + codes));
		}
		references.appendTail(qualified);
		if (first) {
			throw new IllegalStateException("no enabler supporting objectives in " + exampleFileName);
		}
		return qualified.toString();
	}

	private static String qualify(String codes, String planName) {
		return Arrays.stream(codes.split(", ")).map(code -> planName + "." + code).collect(Collectors.joining(", "));
	}
}
