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

	/** The problems of a copy of the bundle's plugin.xml with a fault planted in it. */
	List<String> pluginXmlProblemsWith(String original, String fault) {
		String pluginXml = compilation.bundle().text("plugin.xml").orElseThrow();
		return PluginXmlCheck.problemsIn(planted(pluginXml, original, fault), compilation,
				EclipseOnlyBundles.extensionPoints());
	}

	/** The problems of the bundle's sources if its manifest no longer required the given bundle. */
	List<String> problemsWithout(String requiredBundle) {
		BundleManifest manifest = compilation.bundle().manifest();
		assertTrue(manifest.requiredBundles().stream().anyMatch(clause -> clause.name().equals(requiredBundle)),
				() -> bundleName() + " does not require " + requiredBundle + ", so dropping it plants nothing");
		return PackageVisibilityCheck.problemsWith(manifest.withoutRequired(requiredBundle), compilation,
				EclipseOnlyBundles.index());
	}

	/** A copy of the text with a fault planted; a plant that changes nothing would prove nothing, so it fails. */
	static String planted(String text, String original, String fault) {
		assertTrue(text.contains(original), () -> "cannot plant a fault: the text has no " + original);
		return text.replace(original, fault);
	}

	static void assertReported(List<String> problems, String expected) {
		assertTrue(problems.stream().anyMatch(problem -> problem.contains(expected)),
				() -> "a planted fault was not reported: expected \"" + expected + "\" among:\n"
						+ String.join("\n", problems));
	}

	void assertNoProblems(String what, List<String> problems) {
		assertTrue(problems.isEmpty(), () -> bundleName() + " " + what + ":\n" + String.join("\n", problems));
	}
}
