package org.itup.dsl.validation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.Check;
import org.itup.analysis.monitoring.Period;
import org.itup.analysis.monitoring.PlanSeries;
import org.itup.analysis.vocabulary.PlanVocabulary;
import org.itup.model.Expenditure;
import org.itup.model.ItupPackage;
import org.itup.model.Measurable;
import org.itup.model.Measurement;
import org.itup.model.MonitoringFile;
import org.itup.model.Objective;
import org.itup.model.Output;
import org.itup.model.PerformanceIndicator;
import org.itup.model.Plan;
import org.itup.model.PlanElement;
import org.itup.model.PlanLevel;
import org.itup.model.Sector;
import org.itup.model.Target;

/**
 * Monitoring data that can be trusted in a progress report: measured in the unit the plan measures in, within the
 * years the plan or indicator covers, once per period, dated as ISO dates, and money spent on the elements budgets
 * go to. A code that names no target or indicator is a linking error (the parser's), so it is not repeated here.
 */
public class MonitoringValidator extends PlanRules {

	@Check
	public void checkMeasurementUnit(Measurement measurement) {
		Measurable subject = measurement.getSubject();
		String unit = measurement.getUnit();
		if (unit == null || subject == null || subject.eIsProxy()) {
			return;
		}
		String expected = PlanSeries.unitOf(subject);
		if (expected != null && !expected.isEmpty() && !expected.equals(unit)) {
			finding("The measurement of '" + subject.getName() + "' is in \"" + unit + "\" but the plan measures it in \""
					+ expected + "\": convert the value, or correct the unit.",
					ItupPackage.Literals.MEASUREMENT__UNIT, IssueCodes.MEASUREMENT_UNIT, expected);
		}
	}

	@Check
	public void checkMeasurementInPeriod(Measurement measurement) {
		Measurable subject = measurement.getSubject();
		Period period = Period.ifValid(measurement.getPeriod()).orElse(null);
		Plan part = subject == null || subject.eIsProxy() ? null : EcoreUtil2.getContainerOfType(subject, Plan.class);
		if (period == null || part == null) {
			return;
		}
		Plan header = wholePlanOf(part).header();
		if (header.getStartYear() == 0 || header.getEndYear() == 0) {
			return;
		}
		// the year before the period is the plan's starting point, measured whether or not a baseline names it
		int first = Math.min(header.getStartYear() - 1, baselineYear(subject, header.getStartYear()));
		int last = Math.max(header.getEndYear(), lastYear(subject));
		if (period.year() < first || period.year() > last) {
			finding("The measurement of '" + subject.getName() + "' for " + measurement.getPeriod()
					+ " lies outside the years the plan and its " + (subject instanceof Target ? "target" : "indicator")
					+ " cover (" + first + " to " + last + "): check the period.",
					ItupPackage.Literals.MEASUREMENT__PERIOD, IssueCodes.MEASUREMENT_OUTSIDE_PERIOD);
		}
	}

	@Check
	public void checkMeasuredOncePerPeriod(Measurement measurement) {
		if (!(measurement.eContainer() instanceof MonitoringFile file) || measurement.getSubject() == null
				|| measurement.getPeriod() == null) {
			return;
		}
		for (Measurement earlier : file.getMeasurements()) {
			if (earlier == measurement) {
				return;
			}
			if (earlier.getSubject() == measurement.getSubject()
					&& measurement.getPeriod().equals(earlier.getPeriod())) {
				finding("'" + measurement.getSubject().getName() + "' is measured twice for " + measurement.getPeriod()
						+ " in this file: keep one value per period.", ItupPackage.Literals.MEASUREMENT__PERIOD,
						IssueCodes.MEASUREMENT_TWICE);
				return;
			}
		}
	}

	@Check
	public void checkMeasurementDate(Measurement measurement) {
		String date = measurement.getDate();
		if (date == null) {
			return;
		}
		try {
			LocalDate.parse(date);
		} catch (DateTimeParseException e) {
			finding("The date \"" + date + "\" is not an ISO date: write it as year-month-day, e.g. \"2022-11-30\".",
					ItupPackage.Literals.MEASUREMENT__DATE, IssueCodes.MEASUREMENT_DATE);
		}
	}

	@Check
	public void checkSpentOnBudgetElement(Expenditure expenditure) {
		PlanElement element = expenditure.getElement();
		if (element == null || element.eIsProxy()) {
			return;
		}
		if (!(element instanceof Sector || element instanceof Objective || element instanceof Output)) {
			PlanVocabulary words = wordsOf(element);
			finding("Money is spent on " + words.many(PlanLevel.SECTOR) + ", " + words.many(PlanLevel.OBJECTIVE) + " and "
					+ words.many(PlanLevel.OUTPUT) + ", not on the "
					+ PlanElementKinds.label(element.eClass(), words) + " '" + element.getName() + "'.",
					ItupPackage.Literals.EXPENDITURE__ELEMENT, IssueCodes.SPENT_ON_WRONG_ELEMENT);
		}
	}

	private static int baselineYear(Measurable subject, int otherwise) {
		org.itup.model.Baseline baseline = subject instanceof PerformanceIndicator indicator ? indicator.getBaseline()
				: ((Target) subject).getBaseline();
		return baseline == null || baseline.getYear() == 0 ? otherwise : baseline.getYear();
	}

	private static int lastYear(Measurable subject) {
		if (subject instanceof PerformanceIndicator indicator) {
			int milestones = indicator.getMilestones().stream().mapToInt(m -> m.getYear()).max().orElse(0);
			Target target = EcoreUtil2.getContainerOfType(indicator, Target.class);
			return Math.max(Math.max(indicator.getTargetYear(), milestones), target == null ? 0 : lastYear(target));
		}
		Target target = (Target) subject;
		return Math.max(target.getDeadline(), target.getHorizon());
	}
}
