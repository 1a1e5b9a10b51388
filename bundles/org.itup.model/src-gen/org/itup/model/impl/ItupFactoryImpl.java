/**
 */
package org.itup.model.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.itup.model.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class ItupFactoryImpl extends EFactoryImpl implements ItupFactory
{
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static ItupFactory init()
	{
		try
		{
			ItupFactory theItupFactory = (ItupFactory)EPackage.Registry.INSTANCE.getEFactory(ItupPackage.eNS_URI);
			if (theItupFactory != null)
			{
				return theItupFactory;
			}
		}
		catch (Exception exception)
		{
			EcorePlugin.INSTANCE.log(exception);
		}
		return new ItupFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ItupFactoryImpl()
	{
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass)
	{
		switch (eClass.getClassifierID())
		{
			case ItupPackage.PLAN: return createPlan();
			case ItupPackage.IMPORT: return createImport();
			case ItupPackage.CORE_VALUE: return createCoreValue();
			case ItupPackage.GOAL: return createGoal();
			case ItupPackage.TARGET: return createTarget();
			case ItupPackage.BASELINE: return createBaseline();
			case ItupPackage.SDG_LINK: return createSdgLink();
			case ItupPackage.SECTOR: return createSector();
			case ItupPackage.BUREAU: return createBureau();
			case ItupPackage.OBJECTIVE: return createObjective();
			case ItupPackage.OUTCOME: return createOutcome();
			case ItupPackage.OUTPUT: return createOutput();
			case ItupPackage.PERFORMANCE_INDICATOR: return createPerformanceIndicator();
			case ItupPackage.ENABLER: return createEnabler();
			case ItupPackage.STRATEGIC_RISK: return createStrategicRisk();
			case ItupPackage.MITIGATION: return createMitigation();
			case ItupPackage.SWOT_ITEM: return createSwotItem();
			case ItupPackage.IMPLEMENTATION_CRITERION: return createImplementationCriterion();
			case ItupPackage.GLOSSARY_TERM: return createGlossaryTerm();
			case ItupPackage.TRANSLATION: return createTranslation();
			case ItupPackage.OPERATIONAL_PLAN: return createOperationalPlan();
			case ItupPackage.OBJECTIVE_PLAN: return createObjectivePlan();
			case ItupPackage.OUTPUT_PLAN: return createOutputPlan();
			case ItupPackage.RETIRED_OUTPUT: return createRetiredOutput();
			case ItupPackage.MILESTONE: return createMilestone();
			case ItupPackage.INDICATOR_MILESTONE: return createIndicatorMilestone();
			case ItupPackage.INDICATOR_BOUND: return createIndicatorBound();
			case ItupPackage.EXCHANGE_RATE: return createExchangeRate();
			case ItupPackage.BUDGET: return createBudget();
			case ItupPackage.RESOURCE_NEED: return createResourceNeed();
			case ItupPackage.MONITORING_FILE: return createMonitoringFile();
			case ItupPackage.MEASUREMENT: return createMeasurement();
			case ItupPackage.EXPENDITURE: return createExpenditure();
			case ItupPackage.ASSESSMENT: return createAssessment();
			case ItupPackage.CODE_SCHEME: return createCodeScheme();
			case ItupPackage.VOCABULARY: return createVocabulary();
			case ItupPackage.LEVEL_NAME: return createLevelName();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue)
	{
		switch (eDataType.getClassifierID())
		{
			case ItupPackage.BOUND_KIND:
				return createBoundKindFromString(eDataType, initialValue);
			case ItupPackage.REPORTING_FREQUENCY:
				return createReportingFrequencyFromString(eDataType, initialValue);
			case ItupPackage.TARGET_KIND:
				return createTargetKindFromString(eDataType, initialValue);
			case ItupPackage.SECTOR_KIND:
				return createSectorKindFromString(eDataType, initialValue);
			case ItupPackage.INDICATOR_DIRECTION:
				return createIndicatorDirectionFromString(eDataType, initialValue);
			case ItupPackage.RISK_TREATMENT:
				return createRiskTreatmentFromString(eDataType, initialValue);
			case ItupPackage.CODED_LEVEL:
				return createCodedLevelFromString(eDataType, initialValue);
			case ItupPackage.SWOT_KIND:
				return createSwotKindFromString(eDataType, initialValue);
			case ItupPackage.PLAN_LEVEL:
				return createPlanLevelFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue)
	{
		switch (eDataType.getClassifierID())
		{
			case ItupPackage.BOUND_KIND:
				return convertBoundKindToString(eDataType, instanceValue);
			case ItupPackage.REPORTING_FREQUENCY:
				return convertReportingFrequencyToString(eDataType, instanceValue);
			case ItupPackage.TARGET_KIND:
				return convertTargetKindToString(eDataType, instanceValue);
			case ItupPackage.SECTOR_KIND:
				return convertSectorKindToString(eDataType, instanceValue);
			case ItupPackage.INDICATOR_DIRECTION:
				return convertIndicatorDirectionToString(eDataType, instanceValue);
			case ItupPackage.RISK_TREATMENT:
				return convertRiskTreatmentToString(eDataType, instanceValue);
			case ItupPackage.CODED_LEVEL:
				return convertCodedLevelToString(eDataType, instanceValue);
			case ItupPackage.SWOT_KIND:
				return convertSwotKindToString(eDataType, instanceValue);
			case ItupPackage.PLAN_LEVEL:
				return convertPlanLevelToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Plan createPlan()
	{
		PlanImpl plan = new PlanImpl();
		return plan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Import createImport()
	{
		ImportImpl import_ = new ImportImpl();
		return import_;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CoreValue createCoreValue()
	{
		CoreValueImpl coreValue = new CoreValueImpl();
		return coreValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Goal createGoal()
	{
		GoalImpl goal = new GoalImpl();
		return goal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Target createTarget()
	{
		TargetImpl target = new TargetImpl();
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Baseline createBaseline()
	{
		BaselineImpl baseline = new BaselineImpl();
		return baseline;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SdgLink createSdgLink()
	{
		SdgLinkImpl sdgLink = new SdgLinkImpl();
		return sdgLink;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Sector createSector()
	{
		SectorImpl sector = new SectorImpl();
		return sector;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Bureau createBureau()
	{
		BureauImpl bureau = new BureauImpl();
		return bureau;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Objective createObjective()
	{
		ObjectiveImpl objective = new ObjectiveImpl();
		return objective;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Outcome createOutcome()
	{
		OutcomeImpl outcome = new OutcomeImpl();
		return outcome;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Output createOutput()
	{
		OutputImpl output = new OutputImpl();
		return output;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PerformanceIndicator createPerformanceIndicator()
	{
		PerformanceIndicatorImpl performanceIndicator = new PerformanceIndicatorImpl();
		return performanceIndicator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Enabler createEnabler()
	{
		EnablerImpl enabler = new EnablerImpl();
		return enabler;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StrategicRisk createStrategicRisk()
	{
		StrategicRiskImpl strategicRisk = new StrategicRiskImpl();
		return strategicRisk;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Mitigation createMitigation()
	{
		MitigationImpl mitigation = new MitigationImpl();
		return mitigation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SwotItem createSwotItem()
	{
		SwotItemImpl swotItem = new SwotItemImpl();
		return swotItem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ImplementationCriterion createImplementationCriterion()
	{
		ImplementationCriterionImpl implementationCriterion = new ImplementationCriterionImpl();
		return implementationCriterion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GlossaryTerm createGlossaryTerm()
	{
		GlossaryTermImpl glossaryTerm = new GlossaryTermImpl();
		return glossaryTerm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Translation createTranslation()
	{
		TranslationImpl translation = new TranslationImpl();
		return translation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OperationalPlan createOperationalPlan()
	{
		OperationalPlanImpl operationalPlan = new OperationalPlanImpl();
		return operationalPlan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ObjectivePlan createObjectivePlan()
	{
		ObjectivePlanImpl objectivePlan = new ObjectivePlanImpl();
		return objectivePlan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OutputPlan createOutputPlan()
	{
		OutputPlanImpl outputPlan = new OutputPlanImpl();
		return outputPlan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RetiredOutput createRetiredOutput()
	{
		RetiredOutputImpl retiredOutput = new RetiredOutputImpl();
		return retiredOutput;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Milestone createMilestone()
	{
		MilestoneImpl milestone = new MilestoneImpl();
		return milestone;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IndicatorMilestone createIndicatorMilestone()
	{
		IndicatorMilestoneImpl indicatorMilestone = new IndicatorMilestoneImpl();
		return indicatorMilestone;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IndicatorBound createIndicatorBound()
	{
		IndicatorBoundImpl indicatorBound = new IndicatorBoundImpl();
		return indicatorBound;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ExchangeRate createExchangeRate()
	{
		ExchangeRateImpl exchangeRate = new ExchangeRateImpl();
		return exchangeRate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Budget createBudget()
	{
		BudgetImpl budget = new BudgetImpl();
		return budget;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceNeed createResourceNeed()
	{
		ResourceNeedImpl resourceNeed = new ResourceNeedImpl();
		return resourceNeed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MonitoringFile createMonitoringFile()
	{
		MonitoringFileImpl monitoringFile = new MonitoringFileImpl();
		return monitoringFile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Measurement createMeasurement()
	{
		MeasurementImpl measurement = new MeasurementImpl();
		return measurement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Expenditure createExpenditure()
	{
		ExpenditureImpl expenditure = new ExpenditureImpl();
		return expenditure;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Assessment createAssessment()
	{
		AssessmentImpl assessment = new AssessmentImpl();
		return assessment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CodeScheme createCodeScheme()
	{
		CodeSchemeImpl codeScheme = new CodeSchemeImpl();
		return codeScheme;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Vocabulary createVocabulary()
	{
		VocabularyImpl vocabulary = new VocabularyImpl();
		return vocabulary;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LevelName createLevelName()
	{
		LevelNameImpl levelName = new LevelNameImpl();
		return levelName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public BoundKind createBoundKindFromString(EDataType eDataType, String initialValue)
	{
		BoundKind result = BoundKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertBoundKindToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ReportingFrequency createReportingFrequencyFromString(EDataType eDataType, String initialValue)
	{
		ReportingFrequency result = ReportingFrequency.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertReportingFrequencyToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TargetKind createTargetKindFromString(EDataType eDataType, String initialValue)
	{
		TargetKind result = TargetKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTargetKindToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SectorKind createSectorKindFromString(EDataType eDataType, String initialValue)
	{
		SectorKind result = SectorKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSectorKindToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public IndicatorDirection createIndicatorDirectionFromString(EDataType eDataType, String initialValue)
	{
		IndicatorDirection result = IndicatorDirection.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertIndicatorDirectionToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RiskTreatment createRiskTreatmentFromString(EDataType eDataType, String initialValue)
	{
		RiskTreatment result = RiskTreatment.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRiskTreatmentToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CodedLevel createCodedLevelFromString(EDataType eDataType, String initialValue)
	{
		CodedLevel result = CodedLevel.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCodedLevelToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SwotKind createSwotKindFromString(EDataType eDataType, String initialValue)
	{
		SwotKind result = SwotKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSwotKindToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PlanLevel createPlanLevelFromString(EDataType eDataType, String initialValue)
	{
		PlanLevel result = PlanLevel.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPlanLevelToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ItupPackage getItupPackage()
	{
		return (ItupPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static ItupPackage getPackage()
	{
		return ItupPackage.eINSTANCE;
	}

} //ItupFactoryImpl
