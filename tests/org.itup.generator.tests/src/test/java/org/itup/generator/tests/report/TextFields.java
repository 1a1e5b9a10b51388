package org.itup.generator.tests.report;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.RuleCall;
import org.itup.dsl.ItupStandaloneSetup;
import org.itup.dsl.services.ItupGrammarAccess;
import org.itup.model.ItupPackage;

/**
 * The text fields of the plan language, read from the grammar itself: every assignment of a {@code STRING}, named
 * {@code Class.feature} by the metamodel class that declares the feature. A field added to the grammar is found
 * here without anyone updating a list, so a test over "every text field" cannot silently miss it.
 */
final class TextFields {

	/** Metamodel strings that the grammar fills with codes or names, not with free text. */
	static final Set<String> CODES = Set.of("Plan.name", "OperationalPlan.name", "PlanElement.name",
			"Plan.wsisActionLines", "Plan.sdgCustodianIndicators", "Goal.wsisActionLines", "Objective.wsisActionLines",
			"SdgLink.target", "SdgLink.indicators", "Translation.language", "RetiredOutput.code", "PlanElement.replaces",
			"Budget.period", "Measurement.period", "Expenditure.period", "Assessment.period",
			"Plan.languages", "Plan.riskScale", "StrategicRisk.likelihood", "StrategicRisk.impact", "LevelName.keyword");

	/**
	 * Strings that name files the loader opens (a monitoring file's CSV data), not text any output shows: a corpus
	 * string is no file name (it may hold a slash or a NUL), so the injection plan cannot put one there. A data file
	 * that cannot be read is an error at its line (MonitoringDataTest).
	 */
	static final Set<String> FILE_NAMES = Set.of("MonitoringFile.dataFiles");

	/**
	 * Strings the rules read as a code pattern ({@code "{goal}.{n}"}): anything but placeholders and the characters
	 * of a code is the error CodeScheme (CodeSchemeRulesTest), so a corpus string cannot stand there in a plan that
	 * generates; no output shows a pattern but the finding, whose message the report escapes like any other.
	 */
	static final Set<String> CODE_PATTERNS = Set.of("CodeScheme.pattern");

	private TextFields() {
	}

	/** Every feature the grammar assigns a STRING to. */
	static Set<String> inGrammar() {
		ItupGrammarAccess grammar = new ItupStandaloneSetup().createInjectorAndDoEMFRegistration()
				.getInstance(ItupGrammarAccess.class);
		Set<String> fields = new TreeSet<>();
		for (ParserRule rule : GrammarUtil.allParserRules(grammar.getGrammar())) {
			if (!(rule.getType().getClassifier() instanceof EClass type)) {
				continue;
			}
			for (Assignment assignment : EcoreUtil2.getAllContentsOfType(rule, Assignment.class)) {
				if (assignment.getTerminal() instanceof RuleCall call && call.getRule().getName().equals("STRING")) {
					fields.add(name(type.getEStructuralFeature(assignment.getFeature())));
				}
			}
		}
		return fields;
	}

	/** Every string attribute of the metamodel, so one the grammar does not fill is noticed too. */
	static Set<String> inMetamodel() {
		Set<String> fields = new TreeSet<>();
		ItupPackage.eINSTANCE.getEClassifiers().stream().filter(EClass.class::isInstance).map(EClass.class::cast)
				.flatMap(type -> type.getEAttributes().stream())
				.filter(attribute -> attribute.getEAttributeType() == EcorePackage.Literals.ESTRING)
				.forEach(attribute -> fields.add(name(attribute)));
		return fields;
	}

	/** The fields that hold one of the given strings somewhere in the loaded plans. */
	static Set<String> holding(ResourceSet plans, Collection<String> strings) {
		Set<String> wanted = new HashSet<>(strings);
		Set<String> fields = new TreeSet<>();
		plans.getAllContents().forEachRemaining(content -> {
			if (content instanceof EObject object) {
				for (EAttribute attribute : object.eClass().getEAllAttributes()) {
					if (holds(object.eGet(attribute), wanted)) {
						fields.add(name(attribute));
					}
				}
			}
		});
		return fields;
	}

	private static boolean holds(Object value, Set<String> strings) {
		return value instanceof List<?> values ? values.stream().anyMatch(strings::contains) : strings.contains(value);
	}

	private static String name(EStructuralFeature feature) {
		return feature.getEContainingClass().getName() + "." + feature.getName();
	}
}
