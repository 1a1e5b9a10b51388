package org.itup.fuzz;

import java.io.IOException;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Plan text as raw bytes, the way an editor, a merge or a broken disk may leave it: any bytes, one or more files.
 * The seeds under {@code PlanTextFuzzTestInputs/anyText} are the ITU example's files and the small test plans; the
 * dictionary holds the grammar's keywords, so mutations stay close to the language.
 */
class PlanTextFuzzTest {

	@FuzzTest(maxDuration = "30s")
	@DictionaryFile(resourcePath = "itup.dict")
	void anyText(byte[] input) throws IOException {
		PlanRoundTrip.check(PlanFileSplit.files(input));
	}
}
