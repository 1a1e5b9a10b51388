package org.itup.ide.apicheck;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;

/**
 * What every Eclipse-only bundle must satisfy against the real Eclipse APIs: it compiles, its manifest wires it to
 * what it uses, and its plugin.xml names extension points and classes that exist with the right types. The bundle is
 * compiled once per test class (the instance lives as long as the class); the checks then ask that compilation.
 */
@TestInstance(Lifecycle.PER_CLASS)
abstract class EclipseOnlyBundleTest {

	private BundleCompilation compilation;

	abstract String bundleName();

	// before each test rather than once before all, so that without the shared folder each test is reported skipped
	// with the reason; the bundle is still compiled only once
	@BeforeEach
	void compileOnce() {
		ApiCheckFolders.eclipseApi();
		if (compilation == null) {
			compilation = EclipseOnlyBundles.compile(bundleName());
		}
	}

	BundleCompilation compilation() {
		return compilation;
	}

	@Test
	void compilesAgainstTheEclipseApis() {
		assertNoProblems("does not compile against the Eclipse APIs", compilation.errors());
	}

	@Test
	void manifestNamesBundlesAndPackagesThatExist() {
		assertNoProblems("has a manifest that does not wire", ManifestCheck.problemsOf(compilation,
				EclipseOnlyBundles.index()));
	}

	@Test
	void usesOnlyPackagesItsManifestMakesVisible() {
		assertNoProblems("uses packages its manifest does not make visible", PackageVisibilityCheck
				.problemsOf(compilation, EclipseOnlyBundles.index()));
	}

	@Test
	void pluginXmlNamesExtensionPointsAndClassesThatExist() {
		assertNoProblems("has a plugin.xml that does not match the APIs", PluginXmlCheck.problemsOf(compilation,
				EclipseOnlyBundles.extensionPoints()));
	}

	void assertNoProblems(String what, List<String> problems) {
		assertTrue(problems.isEmpty(), () -> bundleName() + " " + what + ":\n" + String.join("\n", problems));
	}
}
