package org.itup.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * The editor validates while the user types, so every rule must tolerate a half-typed plan. Each example file is cut
 * at many points (mid-keyword, mid-string, mid-code) and the prefix is parsed and validated beside the other,
 * complete files of the plan; a rule that throws shows up as an "Error executing EValidator" diagnostic, or as an
 * exception that fails the test.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(ItupInjectorProvider.class)
class TruncatedExampleTest {

	private static final int CUTS_PER_FILE = 45;

	@Inject
	/** Any root: an example folder holds plans and monitoring files. */
	private ParseHelper<EObject> parser;

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private IResourceValidator validator;

	@Test
	void everyPrefixOfEveryExampleFileValidatesWithoutFailure() throws Exception {
		List<Path> files = exampleFiles();
		assertTrue(files.size() >= 6, "example files missing: " + files);
		int validated = 0;
		for (Path file : files) {
			validated += validatePrefixes(file, files);
		}
		assertTrue(validated >= files.size() * CUTS_PER_FILE / 2, "too few prefixes validated: " + validated);
	}

	private int validatePrefixes(Path truncated, List<Path> files) throws Exception {
		XtextResourceSet resourceSet = resourceSets.get();
		for (Path other : files) {
			if (!other.equals(truncated)) {
				parser.parse(Files.readString(other, StandardCharsets.UTF_8), URI.createFileURI(other.toString()),
						resourceSet);
			}
		}
		String text = Files.readString(truncated, StandardCharsets.UTF_8);
		int count = 0;
		for (int cut = 1; cut <= CUTS_PER_FILE; cut++) {
			int end = (int) ((long) text.length() * cut / (CUTS_PER_FILE + 1)) + cut % 7;
			String prefix = text.substring(0, Math.min(text.length(), end));
			URI uri = URI.createFileURI(truncated.toString() + ".prefix" + cut + ".itup");
			EObject root = parser.parse(prefix, uri, resourceSet);
			Resource resource = root == null ? resourceSet.getResource(uri, false) : root.eResource();
			for (Issue issue : validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl)) {
				assertTrue(issue.getMessage() == null || !issue.getMessage().contains("Error executing EValidator"),
						() -> "a rule failed on " + truncated.getFileName() + " cut at " + prefix.length() + ": " + issue);
			}
			resourceSet.getResources().remove(resource);
			count++;
		}
		return count;
	}

	private static List<Path> exampleFiles() throws Exception {
		try (Stream<Path> files = Files.list(ProjectPaths.ituExample())) {
			return files.filter(path -> path.toString().endsWith(".itup")).sorted().toList();
		}
	}
}
