package org.itup.fuzz;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.itup.dsl.load.PlanLoader;

/**
 * What the edit fuzz test inserts into plans: every keyword of the grammar (read from the grammar itself, so new
 * keywords are fuzzed without anyone remembering to add them), the codes and names of the base plans, and text at
 * the edges of what the lexer and the value converters take.
 */
final class PlanTokens {

	private static final Pattern WORD = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.\\-]*");
	private static final List<String> EDGES = List.of("\"\"", "\"unclosed", "\"\\\"\"", "\"\\u0000\"", "/*", "*/",
			"//", "\n", "{", "}", "(", ")", ",", "0", "-1", "00", "999", "9999", "10000", "2147483647", "2147483648",
			"99999999999999999999999999.9", "1.2.3.4.5", "^plan", "\u00a0", "\ufeff", "\u202e", "\"\ud83d\ude00\"",
			PlanFileSplit.MARKER.strip());

	static final List<String> ALL = collect();

	private PlanTokens() {
	}

	private static List<String> collect() {
		Set<String> tokens = new TreeSet<>(grammarKeywords());
		for (var files : BasePlans.ALL) {
			for (String text : files.values()) {
				Matcher words = WORD.matcher(text);
				while (words.find()) {
					tokens.add(words.group());
				}
			}
		}
		tokens.addAll(EDGES);
		return List.copyOf(tokens);
	}

	static Set<String> grammarKeywords() {
		PlanLoader.standalone();
		IGrammarAccess grammar = IResourceServiceProvider.Registry.INSTANCE.getResourceServiceProvider(
				org.eclipse.emf.common.util.URI.createFileURI("any.itup")).get(IGrammarAccess.class);
		return GrammarUtil.getAllKeywords(grammar.getGrammar());
	}
}
