package org.itup.design.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.itup.design.tests.odesign.OdesignVerifier;
import org.itup.model.ItupPackage;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each fault planted in a copy of the itup viewpoint is caught, with a message that says what and where. The
 * faults are the mistakes Sirius would only show when a diagram is opened, or would silently ignore.
 */
@ExtendWith(NeedsSiriusMetamodels.class)
class SeededFaultTest {

	@TempDir
	Path folder;

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
			misspelled domain class   | domainClass="model::Objective"      | domainClass="model::Objectiv"      | Results chain / Default / Objective [domainClass]: 'model::Objectiv' is not a class of the model metamodel
			class of another package  | domainClass="model::Goal" childrenPresentation | domainClass="ecore::Goal" childrenPresentation | 'ecore::Goal' is not a class
			dangling mapping          | @containerMappings[name='Goal']" targetFinderExpression="feature:primaryGoals" | @containerMappings[name='Goals']" targetFinderExpression="feature:primaryGoals" | load error: Unresolved reference '//@ownedViewpoints[name='itup']/@ownedRepresentations[name='Results%20chain']/@defaultLayer/@containerMappings[name='Goals']'
			service typo              | service:lacksPrimaryGoal"            | service:lacksPrimaryGoals"         | service:lacksPrimaryGoals calls no public method lacksPrimaryGoals with 1 parameter(s)
			service with a wrong arity | service:isInChosenSectors(sectors)  | service:isInChosenSectors          | service:isInChosenSectors calls no public method isInChosenSectors with 1 parameter(s)
			aql expression            | semanticCandidatesExpression="service:objectives" | semanticCandidatesExpression="aql:self.eAllContents(model::Objective)" | uses the aql: interpreter, which this check cannot read
			acceleo expression        | semanticCandidatesExpression="service:risks" | semanticCandidatesExpression="[self.risks/]" | is an Acceleo expression
			unknown feature           | feature:secondaryGoals              | feature:secundaryGoals             | feature:secundaryGoals is not a feature of any class
			misspelled attribute      | semanticCandidatesExpression="service:enablers" | semanticCandidateExpression="service:enablers" | load error: Feature 'semanticCandidateExpression' not found
			bad enum literal          | childrenPresentation="List"         | childrenPresentation="Lists"       | load error: Value 'Lists' is not legal
			missing Java extension    | org.itup.design.services.ProblemServices | org.itup.design.services.ProblemService | Java extension class org.itup.design.services.ProblemService cannot be loaded
			column that is a line     | @ownedColumnMappings[name='Goal%20column']" labelExpression | @ownedLineMappings[name='Objective%20line']" labelExpression | (name: LineMapping)
			colour that is a palette  | <borderColor xsi:type="description:SystemColor" href="environment:/viewpoint#//@systemColors/@entries[name='black']"/> | <borderColor xsi:type="description:SystemColor" href="environment:/viewpoint#//@systemColors"/> | [borderColor]: points to an element of the wrong type, not a ColorDescription
			""")
	void faultIsCaught(String fault, String original, String planted, String expectedMessage) throws IOException {
		String specification = Files.readString(DesignTestPaths.odesign(), StandardCharsets.UTF_8);
		assertTrue(specification.contains(original), "the fault '" + fault + "' cannot be planted: " + original);
		Path copy = folder.resolve("itup.odesign");
		Files.writeString(copy, specification.replaceFirst(Pattern.quote(original),
				Matcher.quoteReplacement(planted)), StandardCharsets.UTF_8);

		List<String> findings = new OdesignVerifier(DesignTestPaths.siriusMetamodels(), ItupPackage.eINSTANCE)
				.verify(copy);

		assertTrue(findings.stream().anyMatch(finding -> finding.contains(expectedMessage)),
				"no finding says '" + expectedMessage + "':\n" + String.join("\n", findings));
	}
}
