/**
 */
package org.itup.model.util;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.Switch;

import org.itup.model.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Switch</b> for the model's inheritance hierarchy.
 * It supports the call {@link #doSwitch(EObject) doSwitch(object)}
 * to invoke the <code>caseXXX</code> method for each class of the model,
 * starting with the actual class of the object
 * and proceeding up the inheritance hierarchy
 * until a non-null result is returned,
 * which is the result of the switch.
 * <!-- end-user-doc -->
 * @see org.itup.model.ItupPackage
 * @generated
 */
public class ItupSwitch<T> extends Switch<T>
{
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static ItupPackage modelPackage;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ItupSwitch()
	{
		if (modelPackage == null)
		{
			modelPackage = ItupPackage.eINSTANCE;
		}
	}

	/**
	 * Checks whether this is a switch for the given package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param ePackage the package in question.
	 * @return whether this is a switch for the given package.
	 * @generated
	 */
	@Override
	protected boolean isSwitchFor(EPackage ePackage)
	{
		return ePackage == modelPackage;
	}

	/**
	 * Calls <code>caseXXX</code> for each class of the model until one returns a non null result; it yields that result.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the first non-null result returned by a <code>caseXXX</code> call.
	 * @generated
	 */
	@Override
	protected T doSwitch(int classifierID, EObject theEObject)
	{
		switch (classifierID)
		{
			case ItupPackage.PLAN:
			{
				Plan plan = (Plan)theEObject;
				T result = casePlan(plan);
				if (result == null) result = casePlanFile(plan);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ItupPackage.IMPORT:
			{
				Import import_ = (Import)theEObject;
				T result = caseImport(import_);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ItupPackage.PLAN_ELEMENT:
			{
				PlanElement planElement = (PlanElement)theEObject;
				T result = casePlanElement(planElement);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ItupPackage.CORE_VALUE:
			{
				CoreValue coreValue = (CoreValue)theEObject;
				T result = caseCoreValue(coreValue);
				if (result == null) result = casePlanElement(coreValue);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ItupPackage.GOAL:
			{
				Goal goal = (Goal)theEObject;
				T result = caseGoal(goal);
				if (result == null) result = casePlanElement(goal);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ItupPackage.TARGET:
			{
				Target target = (Target)theEObject;
				T result = caseTarget(target);
				if (result == null) result = caseMeasurable(target);
				if (result == null) result = casePlanElement(target);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ItupPackage.BASELINE:
			{
				Baseline baseline = (Baseline)theEObject;
				T result = caseBaseline(baseline);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ItupPackage.SDG_LINK:
			{
				SdgLink sdgLink = (SdgLink)theEObject;
				T result = caseSdgLink(sdgLink);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ItupPackage.SECTOR:
			{
				Sector sector = (Sector)theEObject;
				T result = caseSector(sector);
				if (result == null) result = casePlanElement(sector);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ItupPackage.BUREAU:
			{
				Bureau bureau = (Bureau)theEObject;
				T result = caseBureau(bureau);
				if (result == null) result = casePlanElement(bureau);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ItupPackage.OBJECTIVE:
			{
				Objective objective = (Objective)theEObject;
				T result = caseObjective(objective);
				if (result == null) result = casePlanElement(objective);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ItupPackage.OUTCOME:
			{
				Outcome outcome = (Outcome)theEObject;
				T result = caseOutcome(outcome);
				if (result == null) result = casePlanElement(outcome);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ItupPackage.OUTPUT:
			{
				Output output = (Output)theEObject;
				T result = caseOutput(output);
				if (result == null) result = casePlanElement(output);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ItupPackage.PERFORMANCE_INDICATOR:
			{
				PerformanceIndicator performanceIndicator = (PerformanceIndicator)theEObject;
				T result = casePerformanceIndicator(performanceIndicator);
				if (result == null) result = caseMeasurable(performanceIndicator);
				if (result == null) result = casePlanElement(performanceIndicator);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ItupPackage.ENABLER:
			{
				Enabler enabler = (Enabler)theEObject;
				T result = caseEnabler(enabler);
				if (result == null) result = casePlanElement(enabler);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ItupPackage.STRATEGIC_RISK:
			{
				StrategicRisk strategicRisk = (StrategicRisk)theEObject;
				T result = caseStrategicRisk(strategicRisk);
				if (result == null) result = casePlanElement(strategicRisk);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ItupPackage.MITIGATION:
			{
				Mitigation mitigation = (Mitigation)theEObject;
				T result = caseMitigation(mitigation);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ItupPackage.SWOT_ITEM:
			{
				SwotItem swotItem = (SwotItem)theEObject;
				T result = caseSwotItem(swotItem);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ItupPackage.IMPLEMENTATION_CRITERION:
			{
				ImplementationCriterion implementationCriterion = (ImplementationCriterion)theEObject;
				T result = caseImplementationCriterion(implementationCriterion);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ItupPackage.GLOSSARY_TERM:
			{
				GlossaryTerm glossaryTerm = (GlossaryTerm)theEObject;
				T result = caseGlossaryTerm(glossaryTerm);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ItupPackage.TRANSLATION:
			{
				Translation translation = (Translation)theEObject;
				T result = caseTranslation(translation);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ItupPackage.PLAN_FILE:
			{
				PlanFile planFile = (PlanFile)theEObject;
				T result = casePlanFile(planFile);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ItupPackage.OPERATIONAL_PLAN:
			{
				OperationalPlan operationalPlan = (OperationalPlan)theEObject;
				T result = caseOperationalPlan(operationalPlan);
				if (result == null) result = casePlanFile(operationalPlan);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ItupPackage.OBJECTIVE_PLAN:
			{
				ObjectivePlan objectivePlan = (ObjectivePlan)theEObject;
				T result = caseObjectivePlan(objectivePlan);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ItupPackage.OUTPUT_WORK:
			{
				OutputWork outputWork = (OutputWork)theEObject;
				T result = caseOutputWork(outputWork);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ItupPackage.OUTPUT_PLAN:
			{
				OutputPlan outputPlan = (OutputPlan)theEObject;
				T result = caseOutputPlan(outputPlan);
				if (result == null) result = caseOutputWork(outputPlan);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ItupPackage.RETIRED_OUTPUT:
			{
				RetiredOutput retiredOutput = (RetiredOutput)theEObject;
				T result = caseRetiredOutput(retiredOutput);
				if (result == null) result = caseOutputWork(retiredOutput);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ItupPackage.MILESTONE:
			{
				Milestone milestone = (Milestone)theEObject;
				T result = caseMilestone(milestone);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ItupPackage.MEASURABLE:
			{
				Measurable measurable = (Measurable)theEObject;
				T result = caseMeasurable(measurable);
				if (result == null) result = casePlanElement(measurable);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ItupPackage.INDICATOR_MILESTONE:
			{
				IndicatorMilestone indicatorMilestone = (IndicatorMilestone)theEObject;
				T result = caseIndicatorMilestone(indicatorMilestone);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ItupPackage.INDICATOR_BOUND:
			{
				IndicatorBound indicatorBound = (IndicatorBound)theEObject;
				T result = caseIndicatorBound(indicatorBound);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ItupPackage.EXCHANGE_RATE:
			{
				ExchangeRate exchangeRate = (ExchangeRate)theEObject;
				T result = caseExchangeRate(exchangeRate);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ItupPackage.BUDGET:
			{
				Budget budget = (Budget)theEObject;
				T result = caseBudget(budget);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ItupPackage.RESOURCE_NEED:
			{
				ResourceNeed resourceNeed = (ResourceNeed)theEObject;
				T result = caseResourceNeed(resourceNeed);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ItupPackage.MONITORING_FILE:
			{
				MonitoringFile monitoringFile = (MonitoringFile)theEObject;
				T result = caseMonitoringFile(monitoringFile);
				if (result == null) result = casePlanFile(monitoringFile);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ItupPackage.MEASUREMENT:
			{
				Measurement measurement = (Measurement)theEObject;
				T result = caseMeasurement(measurement);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ItupPackage.EXPENDITURE:
			{
				Expenditure expenditure = (Expenditure)theEObject;
				T result = caseExpenditure(expenditure);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ItupPackage.ASSESSMENT:
			{
				Assessment assessment = (Assessment)theEObject;
				T result = caseAssessment(assessment);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ItupPackage.CODE_SCHEME:
			{
				CodeScheme codeScheme = (CodeScheme)theEObject;
				T result = caseCodeScheme(codeScheme);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ItupPackage.VOCABULARY:
			{
				Vocabulary vocabulary = (Vocabulary)theEObject;
				T result = caseVocabulary(vocabulary);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ItupPackage.LEVEL_NAME:
			{
				LevelName levelName = (LevelName)theEObject;
				T result = caseLevelName(levelName);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			default: return defaultCase(theEObject);
		}
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Plan</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Plan</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePlan(Plan object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Import</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Import</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseImport(Import object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Plan Element</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Plan Element</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePlanElement(PlanElement object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Core Value</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Core Value</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCoreValue(CoreValue object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Goal</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Goal</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseGoal(Goal object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Target</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Target</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTarget(Target object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Baseline</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Baseline</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseBaseline(Baseline object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Sdg Link</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Sdg Link</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSdgLink(SdgLink object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Sector</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Sector</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSector(Sector object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Bureau</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Bureau</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseBureau(Bureau object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Objective</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Objective</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseObjective(Objective object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Outcome</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Outcome</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOutcome(Outcome object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Output</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Output</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOutput(Output object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Performance Indicator</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Performance Indicator</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePerformanceIndicator(PerformanceIndicator object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Enabler</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Enabler</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseEnabler(Enabler object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Strategic Risk</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Strategic Risk</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseStrategicRisk(StrategicRisk object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Mitigation</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Mitigation</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMitigation(Mitigation object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Swot Item</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Swot Item</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSwotItem(SwotItem object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Implementation Criterion</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Implementation Criterion</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseImplementationCriterion(ImplementationCriterion object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Glossary Term</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Glossary Term</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseGlossaryTerm(GlossaryTerm object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Translation</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Translation</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTranslation(Translation object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Plan File</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Plan File</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePlanFile(PlanFile object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Operational Plan</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Operational Plan</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOperationalPlan(OperationalPlan object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Objective Plan</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Objective Plan</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseObjectivePlan(ObjectivePlan object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Output Work</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Output Work</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOutputWork(OutputWork object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Output Plan</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Output Plan</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOutputPlan(OutputPlan object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Retired Output</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Retired Output</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRetiredOutput(RetiredOutput object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Milestone</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Milestone</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMilestone(Milestone object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Measurable</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Measurable</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMeasurable(Measurable object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Indicator Milestone</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Indicator Milestone</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseIndicatorMilestone(IndicatorMilestone object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Indicator Bound</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Indicator Bound</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseIndicatorBound(IndicatorBound object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Exchange Rate</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Exchange Rate</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseExchangeRate(ExchangeRate object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Budget</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Budget</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseBudget(Budget object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Resource Need</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Resource Need</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseResourceNeed(ResourceNeed object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Monitoring File</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Monitoring File</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMonitoringFile(MonitoringFile object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Measurement</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Measurement</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMeasurement(Measurement object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Expenditure</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Expenditure</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseExpenditure(Expenditure object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Assessment</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Assessment</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAssessment(Assessment object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Code Scheme</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Code Scheme</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCodeScheme(CodeScheme object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Vocabulary</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Vocabulary</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseVocabulary(Vocabulary object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Level Name</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Level Name</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseLevelName(LevelName object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch, but this is the last case anyway.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject)
	 * @generated
	 */
	@Override
	public T defaultCase(EObject object)
	{
		return null;
	}

} //ItupSwitch
