package org.itup.ide.apicheck;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;

/** The Eclipse editor (bundles/org.itup.dsl.ui) against Xtext UI, EMF UI and the Eclipse Platform. */
@TestInstance(Lifecycle.PER_CLASS)
class EditorBundleApiTest {

	private BundleCompilation compilation;

	@BeforeAll
	void compile() {
		compilation = EclipseOnlyBundles.compile("org.itup.dsl.ui");
	}

	@Test
	void compilesAgainstXtextUi() {
		assertNoProblems("does not compile against the Eclipse APIs", compilation.errors());
	}

	static void assertNoProblems(String what, List<String> problems) {
		assertTrue(problems.isEmpty(), () -> what + ":\n" + String.join("\n", problems));
	}
}
