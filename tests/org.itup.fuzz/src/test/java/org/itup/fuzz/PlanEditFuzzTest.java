package org.itup.fuzz;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Valid plans with a few fuzzed edits: one of the {@link BasePlans}, one of its files edited by {@link PlanEdits}
 * with the grammar's keywords and the plans' own codes. Such inputs mostly parse, link and often still validate, so
 * they reach the validators' rules, the analysis and the generators far more often than raw bytes do.
 */
class PlanEditFuzzTest {

	@FuzzTest(maxDuration = "30s")
	void editedPlan(FuzzedDataProvider data) throws IOException {
		Map<String, String> base = data.pickValue(BasePlans.ALL);
		List<String> names = new ArrayList<>(base.keySet());
		names.sort(null);
		String edited = data.pickValue(names);
		Map<String, byte[]> files = new LinkedHashMap<>();
		for (String name : names) {
			String text = name.equals(edited) ? PlanEdits.apply(base.get(name), data, PlanTokens.ALL) : base.get(name);
			files.put(name, text.getBytes(StandardCharsets.UTF_8));
		}
		PlanRoundTrip.check(files);
	}
}
