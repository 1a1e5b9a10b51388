/**
 */
package org.itup.model.util;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

import org.itup.model.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.itup.model.ItupPackage
 * @generated
 */
public class ItupAdapterFactory extends AdapterFactoryImpl
{
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static ItupPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ItupAdapterFactory()
	{
		if (modelPackage == null)
		{
			modelPackage = ItupPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object)
	{
		if (object == modelPackage)
		{
			return true;
		}
		if (object instanceof EObject)
		{
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ItupSwitch<Adapter> modelSwitch =
		new ItupSwitch<Adapter>()
		{
			@Override
			public Adapter casePlan(Plan object)
			{
				return createPlanAdapter();
			}
			@Override
			public Adapter caseImport(Import object)
			{
				return createImportAdapter();
			}
			@Override
			public Adapter casePlanElement(PlanElement object)
			{
				return createPlanElementAdapter();
			}
			@Override
			public Adapter caseCoreValue(CoreValue object)
			{
				return createCoreValueAdapter();
			}
			@Override
			public Adapter caseGoal(Goal object)
			{
				return createGoalAdapter();
			}
			@Override
			public Adapter caseTarget(Target object)
			{
				return createTargetAdapter();
			}
			@Override
			public Adapter caseBaseline(Baseline object)
			{
				return createBaselineAdapter();
			}
			@Override
			public Adapter caseSdgLink(SdgLink object)
			{
				return createSdgLinkAdapter();
			}
			@Override
			public Adapter caseSector(Sector object)
			{
				return createSectorAdapter();
			}
			@Override
			public Adapter caseBureau(Bureau object)
			{
				return createBureauAdapter();
			}
			@Override
			public Adapter caseObjective(Objective object)
			{
				return createObjectiveAdapter();
			}
			@Override
			public Adapter caseOutcome(Outcome object)
			{
				return createOutcomeAdapter();
			}
			@Override
			public Adapter caseOutput(Output object)
			{
				return createOutputAdapter();
			}
			@Override
			public Adapter casePerformanceIndicator(PerformanceIndicator object)
			{
				return createPerformanceIndicatorAdapter();
			}
			@Override
			public Adapter caseEnabler(Enabler object)
			{
				return createEnablerAdapter();
			}
			@Override
			public Adapter caseStrategicRisk(StrategicRisk object)
			{
				return createStrategicRiskAdapter();
			}
			@Override
			public Adapter caseMitigation(Mitigation object)
			{
				return createMitigationAdapter();
			}
			@Override
			public Adapter caseSwotItem(SwotItem object)
			{
				return createSwotItemAdapter();
			}
			@Override
			public Adapter caseImplementationCriterion(ImplementationCriterion object)
			{
				return createImplementationCriterionAdapter();
			}
			@Override
			public Adapter caseGlossaryTerm(GlossaryTerm object)
			{
				return createGlossaryTermAdapter();
			}
			@Override
			public Adapter caseTranslation(Translation object)
			{
				return createTranslationAdapter();
			}
			@Override
			public Adapter casePlanFile(PlanFile object)
			{
				return createPlanFileAdapter();
			}
			@Override
			public Adapter caseOperationalPlan(OperationalPlan object)
			{
				return createOperationalPlanAdapter();
			}
			@Override
			public Adapter caseObjectivePlan(ObjectivePlan object)
			{
				return createObjectivePlanAdapter();
			}
			@Override
			public Adapter caseOutputWork(OutputWork object)
			{
				return createOutputWorkAdapter();
			}
			@Override
			public Adapter caseOutputPlan(OutputPlan object)
			{
				return createOutputPlanAdapter();
			}
			@Override
			public Adapter caseRetiredOutput(RetiredOutput object)
			{
				return createRetiredOutputAdapter();
			}
			@Override
			public Adapter caseMilestone(Milestone object)
			{
				return createMilestoneAdapter();
			}
			@Override
			public Adapter caseMeasurable(Measurable object)
			{
				return createMeasurableAdapter();
			}
			@Override
			public Adapter caseIndicatorMilestone(IndicatorMilestone object)
			{
				return createIndicatorMilestoneAdapter();
			}
			@Override
			public Adapter caseIndicatorBound(IndicatorBound object)
			{
				return createIndicatorBoundAdapter();
			}
			@Override
			public Adapter caseExchangeRate(ExchangeRate object)
			{
				return createExchangeRateAdapter();
			}
			@Override
			public Adapter caseBudget(Budget object)
			{
				return createBudgetAdapter();
			}
			@Override
			public Adapter caseResourceNeed(ResourceNeed object)
			{
				return createResourceNeedAdapter();
			}
			@Override
			public Adapter caseMonitoringFile(MonitoringFile object)
			{
				return createMonitoringFileAdapter();
			}
			@Override
			public Adapter caseMeasurement(Measurement object)
			{
				return createMeasurementAdapter();
			}
			@Override
			public Adapter caseExpenditure(Expenditure object)
			{
				return createExpenditureAdapter();
			}
			@Override
			public Adapter caseAssessment(Assessment object)
			{
				return createAssessmentAdapter();
			}
			@Override
			public Adapter caseCodeScheme(CodeScheme object)
			{
				return createCodeSchemeAdapter();
			}
			@Override
			public Adapter caseVocabulary(Vocabulary object)
			{
				return createVocabularyAdapter();
			}
			@Override
			public Adapter caseLevelName(LevelName object)
			{
				return createLevelNameAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object)
			{
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target)
	{
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link org.itup.model.Plan <em>Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.itup.model.Plan
	 * @generated
	 */
	public Adapter createPlanAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.itup.model.Import <em>Import</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.itup.model.Import
	 * @generated
	 */
	public Adapter createImportAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.itup.model.PlanElement <em>Plan Element</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.itup.model.PlanElement
	 * @generated
	 */
	public Adapter createPlanElementAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.itup.model.CoreValue <em>Core Value</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.itup.model.CoreValue
	 * @generated
	 */
	public Adapter createCoreValueAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.itup.model.Goal <em>Goal</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.itup.model.Goal
	 * @generated
	 */
	public Adapter createGoalAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.itup.model.Target <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.itup.model.Target
	 * @generated
	 */
	public Adapter createTargetAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.itup.model.Baseline <em>Baseline</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.itup.model.Baseline
	 * @generated
	 */
	public Adapter createBaselineAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.itup.model.SdgLink <em>Sdg Link</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.itup.model.SdgLink
	 * @generated
	 */
	public Adapter createSdgLinkAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.itup.model.Sector <em>Sector</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.itup.model.Sector
	 * @generated
	 */
	public Adapter createSectorAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.itup.model.Bureau <em>Bureau</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.itup.model.Bureau
	 * @generated
	 */
	public Adapter createBureauAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.itup.model.Objective <em>Objective</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.itup.model.Objective
	 * @generated
	 */
	public Adapter createObjectiveAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.itup.model.Outcome <em>Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.itup.model.Outcome
	 * @generated
	 */
	public Adapter createOutcomeAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.itup.model.Output <em>Output</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.itup.model.Output
	 * @generated
	 */
	public Adapter createOutputAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.itup.model.PerformanceIndicator <em>Performance Indicator</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.itup.model.PerformanceIndicator
	 * @generated
	 */
	public Adapter createPerformanceIndicatorAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.itup.model.Enabler <em>Enabler</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.itup.model.Enabler
	 * @generated
	 */
	public Adapter createEnablerAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.itup.model.StrategicRisk <em>Strategic Risk</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.itup.model.StrategicRisk
	 * @generated
	 */
	public Adapter createStrategicRiskAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.itup.model.Mitigation <em>Mitigation</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.itup.model.Mitigation
	 * @generated
	 */
	public Adapter createMitigationAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.itup.model.SwotItem <em>Swot Item</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.itup.model.SwotItem
	 * @generated
	 */
	public Adapter createSwotItemAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.itup.model.ImplementationCriterion <em>Implementation Criterion</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.itup.model.ImplementationCriterion
	 * @generated
	 */
	public Adapter createImplementationCriterionAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.itup.model.GlossaryTerm <em>Glossary Term</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.itup.model.GlossaryTerm
	 * @generated
	 */
	public Adapter createGlossaryTermAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.itup.model.Translation <em>Translation</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.itup.model.Translation
	 * @generated
	 */
	public Adapter createTranslationAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.itup.model.PlanFile <em>Plan File</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.itup.model.PlanFile
	 * @generated
	 */
	public Adapter createPlanFileAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.itup.model.OperationalPlan <em>Operational Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.itup.model.OperationalPlan
	 * @generated
	 */
	public Adapter createOperationalPlanAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.itup.model.ObjectivePlan <em>Objective Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.itup.model.ObjectivePlan
	 * @generated
	 */
	public Adapter createObjectivePlanAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.itup.model.OutputWork <em>Output Work</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.itup.model.OutputWork
	 * @generated
	 */
	public Adapter createOutputWorkAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.itup.model.OutputPlan <em>Output Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.itup.model.OutputPlan
	 * @generated
	 */
	public Adapter createOutputPlanAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.itup.model.RetiredOutput <em>Retired Output</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.itup.model.RetiredOutput
	 * @generated
	 */
	public Adapter createRetiredOutputAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.itup.model.Milestone <em>Milestone</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.itup.model.Milestone
	 * @generated
	 */
	public Adapter createMilestoneAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.itup.model.Measurable <em>Measurable</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.itup.model.Measurable
	 * @generated
	 */
	public Adapter createMeasurableAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.itup.model.IndicatorMilestone <em>Indicator Milestone</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.itup.model.IndicatorMilestone
	 * @generated
	 */
	public Adapter createIndicatorMilestoneAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.itup.model.IndicatorBound <em>Indicator Bound</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.itup.model.IndicatorBound
	 * @generated
	 */
	public Adapter createIndicatorBoundAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.itup.model.ExchangeRate <em>Exchange Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.itup.model.ExchangeRate
	 * @generated
	 */
	public Adapter createExchangeRateAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.itup.model.Budget <em>Budget</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.itup.model.Budget
	 * @generated
	 */
	public Adapter createBudgetAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.itup.model.ResourceNeed <em>Resource Need</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.itup.model.ResourceNeed
	 * @generated
	 */
	public Adapter createResourceNeedAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.itup.model.MonitoringFile <em>Monitoring File</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.itup.model.MonitoringFile
	 * @generated
	 */
	public Adapter createMonitoringFileAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.itup.model.Measurement <em>Measurement</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.itup.model.Measurement
	 * @generated
	 */
	public Adapter createMeasurementAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.itup.model.Expenditure <em>Expenditure</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.itup.model.Expenditure
	 * @generated
	 */
	public Adapter createExpenditureAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.itup.model.Assessment <em>Assessment</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.itup.model.Assessment
	 * @generated
	 */
	public Adapter createAssessmentAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.itup.model.CodeScheme <em>Code Scheme</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.itup.model.CodeScheme
	 * @generated
	 */
	public Adapter createCodeSchemeAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.itup.model.Vocabulary <em>Vocabulary</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.itup.model.Vocabulary
	 * @generated
	 */
	public Adapter createVocabularyAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.itup.model.LevelName <em>Level Name</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.itup.model.LevelName
	 * @generated
	 */
	public Adapter createLevelNameAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter()
	{
		return null;
	}

} //ItupAdapterFactory
