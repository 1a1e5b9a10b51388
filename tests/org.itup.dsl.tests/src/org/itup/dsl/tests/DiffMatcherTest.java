package org.itup.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.itup.analysis.diff.ChangeType;
import org.itup.analysis.diff.Confidence;
import org.itup.analysis.diff.ElementChange;
import org.itup.analysis.diff.ElementKind;
import org.itup.analysis.diff.FieldChange;
import org.itup.analysis.diff.Link;
import org.itup.analysis.diff.PlanDiff;
import org.itup.analysis.diff.PlanItem;
import org.itup.analysis.diff.PlanSide;
import org.itup.analysis.diff.Role;
import org.junit.jupiter.api.Test;

/** The comparison of two plans on plans written as items: matching, its confidence, and what is reported. */
class DiffMatcherTest {

	private static PlanItem goal(String code, String title) {
		return PlanItem.of(ElementKind.GOAL, code, title, null, null).withField("title", title);
	}

	private static PlanItem target(String code, String goal, String statement, String value) {
		return PlanItem.of(ElementKind.TARGET, code, null, statement, goal).withField("statement", statement)
				.withField("value", value);
	}

	private static PlanItem objective(String code, String sector, String title, List<String> primary,
			List<String> secondary) {
		return PlanItem.of(ElementKind.OBJECTIVE, code, title, null, sector).withReferences(Role.PRIMARY_GOALS, primary)
				.withReferences(Role.SECONDARY_GOALS, secondary);
	}

	private static PlanSide plan(PlanItem... items) {
		return new PlanSide("p", null, null, List.of(items));
	}

	private static List<String> summary(PlanDiff diff) {
		return diff.changes().stream().map(change -> change.kind().label() + " " + change.type().label() + " "
				+ change.code() + change.fields().stream().map(f -> " | " + f.field() + ": " + f.oldValue() + " -> "
						+ f.newValue()).reduce("", String::concat))
				.toList();
	}

	@Test
	void sameCodeWithTheSameValuesIsNoChange() {
		PlanSide old = plan(goal("1", "Growth"), target("1.1", "1", "Households online", "55 %"));
		PlanSide now = plan(target("1.1", "1", "Households online", "55 %"), goal("1", "Growth"));

		assertTrue(PlanDiff.between(old, now).isEmpty());
	}

	@Test
	void aRaisedTargetIsAValueChange() {
		PlanDiff diff = PlanDiff.between(plan(goal("1", "Growth"), target("1.1", "1", "Households online", "55 %")),
				plan(goal("1", "Growth"), target("1.1", "1", "Households online", "65 %")));

		assertEquals(List.of("target changed 1.1 | value: 55 % -> 65 %"), summary(diff));
		assertEquals(Confidence.SAME_CODE, diff.changes().get(0).confidence());
	}

	@Test
	void aRenumberedTargetIsFoundByItsTextWithItsScore() {
		PlanDiff diff = PlanDiff.between(
				plan(goal("1", "Growth"), target("1.7", "1", "Population interacting with government online", "40 %")),
				plan(goal("1", "Growth"), target("1.8", "1", "Population interacting with government online", "40 %")));

		assertEquals(List.of("target changed 1.8 | code: 1.7 -> 1.8"), summary(diff));
		ElementChange change = diff.changes().get(0);
		assertEquals(Confidence.SIMILAR_TEXT, change.confidence());
		assertEquals(1.0, change.score(), 1e-9);
		assertTrue(change.renumbered() && !change.moved() && !change.valuesChanged());
	}

	@Test
	void unlikeTextsAreAddedAndRemovedNotPaired() {
		PlanDiff diff = PlanDiff.between(plan(target("1.7", "1", "Households with broadband", null)),
				plan(target("1.8", "1", "Spectrum free from harmful interference", null)));

		assertEquals(List.of("target added 1.8", "target removed 1.7"), summary(diff));
	}

	@Test
	void aTargetUnderAnotherGoalIsMoved() {
		PlanDiff diff = PlanDiff.between(plan(goal("1", "Growth"), goal("2", "Inclusiveness"),
				target("1.1", "1", "Households online", null)), plan(goal("1", "Growth"), goal("2", "Inclusiveness"),
						target("1.1", "2", "Households online", null)));

		assertEquals(List.of("target changed 1.1 | goal: 1 -> 2"), summary(diff));
		assertTrue(diff.changes().get(0).moved());
	}

	@Test
	void aRenumberedParentMovesNothing() {
		PlanDiff diff = PlanDiff.between(
				plan(goal("4", "Innovation in telecommunications"), target("4.1", "4", "Innovation agenda", null)),
				plan(goal("5", "Innovation in telecommunications"), target("4.1", "5", "Innovation agenda", null)));

		assertEquals(List.of("goal changed 5 | code: 4 -> 5"), summary(diff));
	}

	@Test
	void aGoalSplitInTwoIsASplit() {
		PlanDiff diff = PlanDiff.between(plan(goal("4", "Innovation and partnership")),
				plan(goal("4", "Innovation"), goal("5", "Partnership")));

		assertEquals(List.of("goal changed 4 | title: Innovation and partnership -> Innovation", "goal split 4"),
				summary(diff));
		ElementChange split = diff.changes(ElementKind.GOAL).get(1);
		assertEquals(List.of("4", "5"), split.news().stream().map(PlanItem::code).toList());
	}

	/** A goal of a plan that gives only its title is recognised by title, however long the other's statement. */
	@Test
	void aGoalWithoutStatementIsComparedByTitle() {
		PlanItem innovation = PlanItem.of(ElementKind.GOAL, "4", "Innovation",
				"Enable innovation in telecommunications/ICT in support of the digital transformation of society", null)
				.withField("title", "Innovation");
		PlanItem partnership = PlanItem.of(ElementKind.GOAL, "5", "Partnership",
				"Strengthen cooperation among the ITU membership and all other stakeholders", null)
				.withField("title", "Partnership");
		PlanDiff diff = PlanDiff.between(plan(goal("4", "Innovation and partnership")), plan(innovation, partnership));

		assertEquals(List.of("4", "5"), diff.changes(ElementKind.GOAL).get(1).news().stream().map(PlanItem::code)
				.toList());
	}

	/** Another period's plan reused code 2.4 for another target: figures and years do not identify a target. */
	@Test
	void aReusedCodeGoesToTheElementThatReadsLikeIt() {
		PlanDiff diff = PlanDiff.between(plan(goal("2", "Inclusiveness"),
				target("2.4", "2", "90% of the rural population covered by broadband services by 2020", "90 %")),
				plan(goal("2", "Inclusiveness"),
						target("2.4", "2", "By 2023, 30% of individuals in LDCs using the Internet", "30 %"),
						target("2.7", "2", "By 2023, 96% of the population covered by broadband services", "96 %")));

		assertEquals(List.of("target changed 2.7 | code: 2.4 -> 2.7 | statement: 90% of the rural population covered"
				+ " by broadband services by 2020 -> By 2023, 96% of the population covered by broadband services"
				+ " | value: 90 % -> 96 %", "target added 2.4"), summary(diff));
	}

	/** "LDCs" reads as the words a plan defines it by; a target's population counts towards recognising it. */
	@Test
	void definedAbbreviationsAndPopulationsRecogniseATarget() {
		PlanItem old = target("2.1.B", "2", "15% connected households in LDCs", "15 %")
				.withField("population", "households in LDCs");
		PlanItem now = target("2.2", "2", "30% of households should have access to the Internet", "30 %")
				.withField("population", "households in least developed countries");
		PlanItem outcome = PlanItem.of(ElementKind.OUTCOME, "D.4-a", null,
				"Improved access in least developed countries (LDCs)", "D.4").withField("statement",
						"Improved access in least developed countries (LDCs)");
		PlanDiff diff = PlanDiff.between(plan(goal("2", "Inclusiveness"), old),
				plan(goal("2", "Inclusiveness"), now, outcome));

		assertEquals("2.1.B", diff.changes(ElementKind.TARGET).get(0).olds().get(0).code());
		assertEquals("2.2", diff.changes(ElementKind.TARGET).get(0).news().get(0).code());
	}

	/** Within one goal fewer words in common suffice; across goals they would not. */
	@Test
	void leftOversOfTheSameGoalPairAtTheLowerThreshold() {
		PlanItem gender = target("2.5.A", "2", "Gender equality in terms of Internet access", null);
		PlanItem genderNow = target("2.8", "2",
				"Gender equality in Internet usage and mobile phone ownership should be achieved", null);
		PlanDiff sameGoal = PlanDiff.between(plan(goal("2", "Inclusiveness"), gender),
				plan(goal("2", "Inclusiveness"), genderNow));
		PlanDiff otherGoal = PlanDiff.between(plan(goal("2", "Inclusiveness"), gender),
				plan(goal("2", "Inclusiveness"), goal("3", "Sustainability"),
						target("2.8", "3", genderNow.statement(), null)));

		assertEquals(List.of("target changed 2.8 | code: 2.5.A -> 2.8 | statement: " + gender.statement() + " -> "
				+ genderNow.statement()), summary(sameGoal));
		assertEquals(List.of("goal added 3", "target added 2.8", "target removed 2.5.A"), summary(otherGoal));
	}

	@Test
	void aRetiredOutputWordedLikeAnotherIsRemovedNotMerged() {
		PlanItem space = PlanItem.of(ElementKind.OUTPUT, "R.1-4", null, "Publication of space notices", "R.1");
		PlanItem terrestrial = PlanItem.of(ElementKind.OUTPUT, "R.1-5", null, "Publication of terrestrial notices",
				"R.1");
		PlanDiff diff = PlanDiff.between(plan(space, terrestrial),
				plan(PlanItem.of(ElementKind.OUTPUT, "R.1-4", null, "Publication of space notices", "R.1")));

		assertEquals(List.of("output removed R.1-5"), summary(diff));
	}

	@Test
	void aStatedReplacementOverridesTheCodeAndTheText() {
		PlanSide old = plan(goal("4", "Innovation and partnership"), goal("5", "Something else entirely"));
		PlanSide now = plan(goal("4", "Innovation").withReplaces(List.of("4")),
				goal("5", "Partnership").withReplaces(List.of("4")));

		PlanDiff diff = PlanDiff.between(old, now);

		assertEquals(List.of("goal changed 4 | title: Innovation and partnership -> Innovation", "goal split 4",
				"goal removed 5"), summary(diff));
		assertEquals(Confidence.EXPLICIT, diff.changes(ElementKind.GOAL).get(1).confidence());
		assertEquals(ChangeType.SPLIT, diff.changes(ElementKind.GOAL).get(1).type());
	}

	@Test
	void twoOldStatedIntoOneAreAMerge() {
		PlanSide old = plan(goal("1", "Growth"), goal("2", "Inclusiveness"));
		PlanSide now = plan(goal("1", "Inclusive growth").withReplaces(List.of("1", "2")));

		PlanDiff diff = PlanDiff.between(old, now);

		assertEquals(List.of("goal changed 1 | title: Growth -> Inclusive growth", "goal merged 1"), summary(diff));
	}

	@Test
	void linkageIsComparedCellByCellThroughRenumberedGoals() {
		PlanSide old = plan(goal("1", "Growth"), goal("5", "Partnership"),
				objective("R.1", "ITU-R", "Spectrum management", List.of("1"), List.of("5")));
		PlanSide now = plan(goal("1", "Growth"), goal("6", "Partnership"),
				objective("R.1", "ITU-R", "Spectrum management", List.of("1", "6"), List.of()));

		PlanDiff diff = PlanDiff.between(old, now);

		assertEquals(List.of("goal changed 6 | code: 5 -> 6"), summary(diff));
		assertEquals(1, diff.linkage().changes().size());
		assertEquals("6", diff.linkage().changes().get(0).goal());
		assertEquals(Link.SECONDARY, diff.linkage().changes().get(0).oldLink());
		assertEquals(Link.PRIMARY, diff.linkage().changes().get(0).newLink());
	}

	@Test
	void supportListsAreComparedInTheNewPlansCodes() {
		PlanItem oldEnabler = PlanItem.of(ElementKind.ENABLER, "BR-1", "Processing", null, "ITU-R")
				.withReferences(Role.SUPPORTS, List.of("R.1", "R.2"));
		PlanItem newEnabler = PlanItem.of(ElementKind.ENABLER, "BR-1", "Processing", null, "ITU-R")
				.withReferences(Role.SUPPORTS, List.of("R.1", "R.9"));
		PlanDiff diff = PlanDiff.between(
				plan(objective("R.1", "ITU-R", "Spectrum regulation", List.of(), List.of()),
						objective("R.2", "ITU-R", "Radiocommunication standards", List.of(), List.of()), oldEnabler),
				plan(objective("R.1", "ITU-R", "Spectrum regulation", List.of(), List.of()),
						objective("R.9", "ITU-R", "Radiocommunication standards", List.of(), List.of()), newEnabler));

		assertEquals(List.of("objective changed R.9 | code: R.2 -> R.9"), summary(diff));
		List<FieldChange> none = diff.changes(ElementKind.ENABLER).stream().flatMap(c -> c.fields().stream()).toList();
		assertEquals(List.of(), none);
	}
}
