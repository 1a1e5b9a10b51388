package org.itup.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.itup.dsl.load.RuleSettings;
import org.itup.dsl.load.RuleSettingsPreferences;
import org.itup.dsl.validation.IssueCodes;
import org.itup.dsl.validation.PlanIssueCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * The severities a plan folder sets come out of Xtext's own validator, the one the Eclipse editor and the language
 * server run, with no filter after it: the rules report through configurable severities whose values are the
 * folder's itup-rules.properties.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(ItupInjectorProvider.class)
class ConfigurableSeveritiesTest {

	private static final String PLAN = """
			plan p "Plan"
			period 2020 to 2023
			goal 1 "Growth" {
			}
			sector S "Sector" {
				objective S.1 "One" {
					primary goal 1
					outcome S.1-a "Outcome"
				}
			}
			""";

	@TempDir
	Path folder;

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private IResourceValidator validator;

	@Test
	void withoutSettingsEachRuleHasItsDefaultSeverity() throws Exception {
		Map<String, Severity> found = validate();
		assertEquals(Severity.WARNING, found.get(IssueCodes.GOAL_WITHOUT_TARGET), found.toString());
		assertEquals(Severity.WARNING, found.get(IssueCodes.MISSING_OUTPUT), found.toString());
	}

	@Test
	void theFoldersSettingsRaiseAndSilenceRules() throws Exception {
		Files.writeString(folder.resolve(RuleSettings.FILE_NAME), IssueCodes.MISSING_OUTPUT + " = error\n"
				+ IssueCodes.GOAL_WITHOUT_TARGET + " = ignore\n");
		Map<String, Severity> found = validate();
		assertEquals(Severity.ERROR, found.get(IssueCodes.MISSING_OUTPUT), found.toString());
		assertTrue(!found.containsKey(IssueCodes.GOAL_WITHOUT_TARGET), found.toString());
	}

	@Test
	void settingsAboveTheFoldersTheUserNamedDoNotApply() throws Exception {
		Files.writeString(folder.resolve(RuleSettings.FILE_NAME), IssueCodes.MISSING_OUTPUT + " = ignore\n");
		Path plans = Files.createDirectory(folder.resolve("plans"));
		XtextResourceSet resourceSet = resourceSets.get();
		RuleSettingsPreferences.setRoots(resourceSet, List.of(plans));
		Map<String, Severity> found = validate(resourceSet, plans);
		assertEquals(Severity.WARNING, found.get(IssueCodes.MISSING_OUTPUT), found.toString());
	}

	@Test
	void aChangedSettingsFileAppliesAtTheNextValidation() throws Exception {
		assertEquals(Severity.WARNING, validate().get(IssueCodes.MISSING_OUTPUT));
		Files.writeString(folder.resolve(RuleSettings.FILE_NAME), IssueCodes.MISSING_OUTPUT + "=ignore\n");
		assertTrue(!validate().containsKey(IssueCodes.MISSING_OUTPUT));
	}

	/** The defaults docs/validation.md gives are the ones the rules have: the table's severity column is checked. */
	@Test
	void theDocumentedDefaultSeverityIsTheRulesOwn() throws Exception {
		String table = Files.readString(ProjectPaths.repositoryRoot().resolve("docs/validation.md"));
		for (String code : PlanIssueCodes.ruleCodes()) {
			String name = code.substring(code.lastIndexOf('.') + 1);
			Matcher row = Pattern.compile("^\\| `" + name + "` \\| ([a-z]+) \\|", Pattern.MULTILINE).matcher(table);
			assertTrue(row.find(), "docs/validation.md has no row for " + name);
			assertEquals(PlanIssueCodes.defaultSeverity(code), row.group(1), "the documented default of " + name);
		}
	}

	private Map<String, Severity> validate() throws Exception {
		return validate(resourceSets.get(), folder);
	}

	private Map<String, Severity> validate(XtextResourceSet resourceSet, Path planFolder) throws Exception {
		Path file = planFolder.resolve("plan.itup");
		Files.writeString(file, PLAN);
		Resource resource = resourceSet.getResource(URI.createFileURI(file.toString()), true);
		List<Issue> issues = validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
		return issues.stream().filter(issue -> issue.getCode() != null)
				.collect(Collectors.toMap(Issue::getCode, Issue::getSeverity, (a, b) -> a));
	}
}
