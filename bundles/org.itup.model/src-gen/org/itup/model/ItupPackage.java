/**
 */
package org.itup.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Results-based management plans: strategic framework, results chain, risks and linkage to the SDGs and WSIS.
 * <!-- end-model-doc -->
 * @see org.itup.model.ItupFactory
 * @model kind="package"
 * @generated
 */
public interface ItupPackage extends EPackage
{
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://www.itup.org/plan/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "itup";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ItupPackage eINSTANCE = org.itup.model.impl.ItupPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.itup.model.impl.PlanFileImpl <em>Plan File</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.itup.model.impl.PlanFileImpl
	 * @see org.itup.model.impl.ItupPackageImpl#getPlanFile()
	 * @generated
	 */
	int PLAN_FILE = 21;

	/**
	 * The number of structural features of the '<em>Plan File</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_FILE_FEATURE_COUNT = 0;

	/**
	 * The number of operations of the '<em>Plan File</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_FILE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.itup.model.impl.PlanImpl <em>Plan</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.itup.model.impl.PlanImpl
	 * @see org.itup.model.impl.ItupPackageImpl#getPlan()
	 * @generated
	 */
	int PLAN = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__NAME = PLAN_FILE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__TITLE = PLAN_FILE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Start Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__START_YEAR = PLAN_FILE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>End Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__END_YEAR = PLAN_FILE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Adopted By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__ADOPTED_BY = PLAN_FILE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Vision</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__VISION = PLAN_FILE_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Mission</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__MISSION = PLAN_FILE_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Currency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__CURRENCY = PLAN_FILE_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Rates</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__RATES = PLAN_FILE_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Imports</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__IMPORTS = PLAN_FILE_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Sector Order</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__SECTOR_ORDER = PLAN_FILE_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Values</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__VALUES = PLAN_FILE_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Goals</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__GOALS = PLAN_FILE_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Sectors</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__SECTORS = PLAN_FILE_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Risks</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__RISKS = PLAN_FILE_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Swot</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__SWOT = PLAN_FILE_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Wsis Action Lines</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__WSIS_ACTION_LINES = PLAN_FILE_FEATURE_COUNT + 16;

	/**
	 * The feature id for the '<em><b>Sdg Custodian Indicators</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__SDG_CUSTODIAN_INDICATORS = PLAN_FILE_FEATURE_COUNT + 17;

	/**
	 * The feature id for the '<em><b>Criteria</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__CRITERIA = PLAN_FILE_FEATURE_COUNT + 18;

	/**
	 * The feature id for the '<em><b>Glossary</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__GLOSSARY = PLAN_FILE_FEATURE_COUNT + 19;

	/**
	 * The feature id for the '<em><b>Languages</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__LANGUAGES = PLAN_FILE_FEATURE_COUNT + 20;

	/**
	 * The feature id for the '<em><b>Official Codes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__OFFICIAL_CODES = PLAN_FILE_FEATURE_COUNT + 21;

	/**
	 * The feature id for the '<em><b>Risk Scale</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__RISK_SCALE = PLAN_FILE_FEATURE_COUNT + 22;

	/**
	 * The feature id for the '<em><b>Vocabulary</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__VOCABULARY = PLAN_FILE_FEATURE_COUNT + 23;

	/**
	 * The feature id for the '<em><b>Code Schemes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__CODE_SCHEMES = PLAN_FILE_FEATURE_COUNT + 24;

	/**
	 * The number of structural features of the '<em>Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_FEATURE_COUNT = PLAN_FILE_FEATURE_COUNT + 25;

	/**
	 * The number of operations of the '<em>Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_OPERATION_COUNT = PLAN_FILE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.itup.model.impl.ImportImpl <em>Import</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.itup.model.impl.ImportImpl
	 * @see org.itup.model.impl.ItupPackageImpl#getImport()
	 * @generated
	 */
	int IMPORT = 1;

	/**
	 * The feature id for the '<em><b>Plan</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPORT__PLAN = 0;

	/**
	 * The number of structural features of the '<em>Import</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPORT_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Import</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPORT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.itup.model.impl.PlanElementImpl <em>Plan Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.itup.model.impl.PlanElementImpl
	 * @see org.itup.model.impl.ItupPackageImpl#getPlanElement()
	 * @generated
	 */
	int PLAN_ELEMENT = 2;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_ELEMENT__NAME = 0;

	/**
	 * The feature id for the '<em><b>Replaces</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_ELEMENT__REPLACES = 1;

	/**
	 * The feature id for the '<em><b>Official</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_ELEMENT__OFFICIAL = 2;

	/**
	 * The number of structural features of the '<em>Plan Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_ELEMENT_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Plan Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_ELEMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.itup.model.impl.CoreValueImpl <em>Core Value</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.itup.model.impl.CoreValueImpl
	 * @see org.itup.model.impl.ItupPackageImpl#getCoreValue()
	 * @generated
	 */
	int CORE_VALUE = 3;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORE_VALUE__NAME = PLAN_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Replaces</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORE_VALUE__REPLACES = PLAN_ELEMENT__REPLACES;

	/**
	 * The feature id for the '<em><b>Official</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORE_VALUE__OFFICIAL = PLAN_ELEMENT__OFFICIAL;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORE_VALUE__TITLE = PLAN_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Statement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORE_VALUE__STATEMENT = PLAN_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Core Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORE_VALUE_FEATURE_COUNT = PLAN_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Core Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORE_VALUE_OPERATION_COUNT = PLAN_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.itup.model.impl.GoalImpl <em>Goal</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.itup.model.impl.GoalImpl
	 * @see org.itup.model.impl.ItupPackageImpl#getGoal()
	 * @generated
	 */
	int GOAL = 4;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL__NAME = PLAN_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Replaces</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL__REPLACES = PLAN_ELEMENT__REPLACES;

	/**
	 * The feature id for the '<em><b>Official</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL__OFFICIAL = PLAN_ELEMENT__OFFICIAL;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL__TITLE = PLAN_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Statement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL__STATEMENT = PLAN_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL__DESCRIPTION = PLAN_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Targets</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL__TARGETS = PLAN_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Sdg Links</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL__SDG_LINKS = PLAN_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Wsis Action Lines</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL__WSIS_ACTION_LINES = PLAN_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Goal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL_FEATURE_COUNT = PLAN_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Goal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL_OPERATION_COUNT = PLAN_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.itup.model.impl.MeasurableImpl <em>Measurable</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.itup.model.impl.MeasurableImpl
	 * @see org.itup.model.impl.ItupPackageImpl#getMeasurable()
	 * @generated
	 */
	int MEASURABLE = 28;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURABLE__NAME = PLAN_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Replaces</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURABLE__REPLACES = PLAN_ELEMENT__REPLACES;

	/**
	 * The feature id for the '<em><b>Official</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURABLE__OFFICIAL = PLAN_ELEMENT__OFFICIAL;

	/**
	 * The number of structural features of the '<em>Measurable</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURABLE_FEATURE_COUNT = PLAN_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Measurable</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURABLE_OPERATION_COUNT = PLAN_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.itup.model.impl.TargetImpl <em>Target</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.itup.model.impl.TargetImpl
	 * @see org.itup.model.impl.ItupPackageImpl#getTarget()
	 * @generated
	 */
	int TARGET = 5;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET__NAME = MEASURABLE__NAME;

	/**
	 * The feature id for the '<em><b>Replaces</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET__REPLACES = MEASURABLE__REPLACES;

	/**
	 * The feature id for the '<em><b>Official</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET__OFFICIAL = MEASURABLE__OFFICIAL;

	/**
	 * The feature id for the '<em><b>Statement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET__STATEMENT = MEASURABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Deadline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET__DEADLINE = MEASURABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Horizon</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET__HORIZON = MEASURABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET__KIND = MEASURABLE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET__VALUE = MEASURABLE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET__UNIT = MEASURABLE_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Baseline</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET__BASELINE = MEASURABLE_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Population</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET__POPULATION = MEASURABLE_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Indicators</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET__INDICATORS = MEASURABLE_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Target</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET_FEATURE_COUNT = MEASURABLE_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Target</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET_OPERATION_COUNT = MEASURABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.itup.model.impl.BaselineImpl <em>Baseline</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.itup.model.impl.BaselineImpl
	 * @see org.itup.model.impl.ItupPackageImpl#getBaseline()
	 * @generated
	 */
	int BASELINE = 6;

	/**
	 * The feature id for the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE__YEAR = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE__VALUE = 1;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE__UNIT = 2;

	/**
	 * The feature id for the '<em><b>Measured</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE__MEASURED = 3;

	/**
	 * The number of structural features of the '<em>Baseline</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Baseline</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.itup.model.impl.SdgLinkImpl <em>Sdg Link</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.itup.model.impl.SdgLinkImpl
	 * @see org.itup.model.impl.ItupPackageImpl#getSdgLink()
	 * @generated
	 */
	int SDG_LINK = 7;

	/**
	 * The feature id for the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SDG_LINK__TARGET = 0;

	/**
	 * The feature id for the '<em><b>Indicators</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SDG_LINK__INDICATORS = 1;

	/**
	 * The number of structural features of the '<em>Sdg Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SDG_LINK_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Sdg Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SDG_LINK_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.itup.model.impl.SectorImpl <em>Sector</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.itup.model.impl.SectorImpl
	 * @see org.itup.model.impl.ItupPackageImpl#getSector()
	 * @generated
	 */
	int SECTOR = 8;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTOR__NAME = PLAN_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Replaces</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTOR__REPLACES = PLAN_ELEMENT__REPLACES;

	/**
	 * The feature id for the '<em><b>Official</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTOR__OFFICIAL = PLAN_ELEMENT__OFFICIAL;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTOR__KIND = PLAN_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTOR__TITLE = PLAN_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Bureau</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTOR__BUREAU = PLAN_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Objectives</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTOR__OBJECTIVES = PLAN_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Enablers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTOR__ENABLERS = PLAN_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Budgets</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTOR__BUDGETS = PLAN_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Sector</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTOR_FEATURE_COUNT = PLAN_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Sector</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTOR_OPERATION_COUNT = PLAN_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.itup.model.impl.BureauImpl <em>Bureau</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.itup.model.impl.BureauImpl
	 * @see org.itup.model.impl.ItupPackageImpl#getBureau()
	 * @generated
	 */
	int BUREAU = 9;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUREAU__NAME = PLAN_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Replaces</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUREAU__REPLACES = PLAN_ELEMENT__REPLACES;

	/**
	 * The feature id for the '<em><b>Official</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUREAU__OFFICIAL = PLAN_ELEMENT__OFFICIAL;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUREAU__TITLE = PLAN_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Bureau</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUREAU_FEATURE_COUNT = PLAN_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Bureau</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUREAU_OPERATION_COUNT = PLAN_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.itup.model.impl.ObjectiveImpl <em>Objective</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.itup.model.impl.ObjectiveImpl
	 * @see org.itup.model.impl.ItupPackageImpl#getObjective()
	 * @generated
	 */
	int OBJECTIVE = 10;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE__NAME = PLAN_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Replaces</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE__REPLACES = PLAN_ELEMENT__REPLACES;

	/**
	 * The feature id for the '<em><b>Official</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE__OFFICIAL = PLAN_ELEMENT__OFFICIAL;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE__TITLE = PLAN_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Statement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE__STATEMENT = PLAN_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Primary Goals</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE__PRIMARY_GOALS = PLAN_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Secondary Goals</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE__SECONDARY_GOALS = PLAN_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Wsis Action Lines</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE__WSIS_ACTION_LINES = PLAN_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Outcomes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE__OUTCOMES = PLAN_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Outputs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE__OUTPUTS = PLAN_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Indicators</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE__INDICATORS = PLAN_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Budgets</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE__BUDGETS = PLAN_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Contributors</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE__CONTRIBUTORS = PLAN_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The number of structural features of the '<em>Objective</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE_FEATURE_COUNT = PLAN_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The number of operations of the '<em>Objective</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE_OPERATION_COUNT = PLAN_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.itup.model.impl.OutcomeImpl <em>Outcome</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.itup.model.impl.OutcomeImpl
	 * @see org.itup.model.impl.ItupPackageImpl#getOutcome()
	 * @generated
	 */
	int OUTCOME = 11;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTCOME__NAME = PLAN_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Replaces</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTCOME__REPLACES = PLAN_ELEMENT__REPLACES;

	/**
	 * The feature id for the '<em><b>Official</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTCOME__OFFICIAL = PLAN_ELEMENT__OFFICIAL;

	/**
	 * The feature id for the '<em><b>Statement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTCOME__STATEMENT = PLAN_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Indicators</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTCOME__INDICATORS = PLAN_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Outcome</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTCOME_FEATURE_COUNT = PLAN_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Outcome</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTCOME_OPERATION_COUNT = PLAN_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.itup.model.impl.OutputImpl <em>Output</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.itup.model.impl.OutputImpl
	 * @see org.itup.model.impl.ItupPackageImpl#getOutput()
	 * @generated
	 */
	int OUTPUT = 12;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTPUT__NAME = PLAN_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Replaces</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTPUT__REPLACES = PLAN_ELEMENT__REPLACES;

	/**
	 * The feature id for the '<em><b>Official</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTPUT__OFFICIAL = PLAN_ELEMENT__OFFICIAL;

	/**
	 * The feature id for the '<em><b>Statement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTPUT__STATEMENT = PLAN_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Indicators</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTPUT__INDICATORS = PLAN_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Budgets</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTPUT__BUDGETS = PLAN_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Output</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTPUT_FEATURE_COUNT = PLAN_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Output</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTPUT_OPERATION_COUNT = PLAN_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.itup.model.impl.PerformanceIndicatorImpl <em>Performance Indicator</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.itup.model.impl.PerformanceIndicatorImpl
	 * @see org.itup.model.impl.ItupPackageImpl#getPerformanceIndicator()
	 * @generated
	 */
	int PERFORMANCE_INDICATOR = 13;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERFORMANCE_INDICATOR__NAME = MEASURABLE__NAME;

	/**
	 * The feature id for the '<em><b>Replaces</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERFORMANCE_INDICATOR__REPLACES = MEASURABLE__REPLACES;

	/**
	 * The feature id for the '<em><b>Official</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERFORMANCE_INDICATOR__OFFICIAL = MEASURABLE__OFFICIAL;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERFORMANCE_INDICATOR__TITLE = MEASURABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERFORMANCE_INDICATOR__UNIT = MEASURABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Baseline</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERFORMANCE_INDICATOR__BASELINE = MEASURABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Milestones</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERFORMANCE_INDICATOR__MILESTONES = MEASURABLE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Target Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERFORMANCE_INDICATOR__TARGET_VALUE = MEASURABLE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Target Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERFORMANCE_INDICATOR__TARGET_YEAR = MEASURABLE_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Direction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERFORMANCE_INDICATOR__DIRECTION = MEASURABLE_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Bound</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERFORMANCE_INDICATOR__BOUND = MEASURABLE_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Data Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERFORMANCE_INDICATOR__DATA_SOURCE = MEASURABLE_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Frequency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERFORMANCE_INDICATOR__FREQUENCY = MEASURABLE_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Responsible Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERFORMANCE_INDICATOR__RESPONSIBLE_UNIT = MEASURABLE_FEATURE_COUNT + 10;

	/**
	 * The number of structural features of the '<em>Performance Indicator</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERFORMANCE_INDICATOR_FEATURE_COUNT = MEASURABLE_FEATURE_COUNT + 11;

	/**
	 * The number of operations of the '<em>Performance Indicator</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERFORMANCE_INDICATOR_OPERATION_COUNT = MEASURABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.itup.model.impl.EnablerImpl <em>Enabler</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.itup.model.impl.EnablerImpl
	 * @see org.itup.model.impl.ItupPackageImpl#getEnabler()
	 * @generated
	 */
	int ENABLER = 14;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENABLER__NAME = PLAN_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Replaces</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENABLER__REPLACES = PLAN_ELEMENT__REPLACES;

	/**
	 * The feature id for the '<em><b>Official</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENABLER__OFFICIAL = PLAN_ELEMENT__OFFICIAL;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENABLER__TITLE = PLAN_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Supports All</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENABLER__SUPPORTS_ALL = PLAN_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Supported Objectives</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENABLER__SUPPORTED_OBJECTIVES = PLAN_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Activities</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENABLER__ACTIVITIES = PLAN_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Contributions</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENABLER__CONTRIBUTIONS = PLAN_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Results</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENABLER__RESULTS = PLAN_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Enabler</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENABLER_FEATURE_COUNT = PLAN_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Enabler</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENABLER_OPERATION_COUNT = PLAN_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.itup.model.impl.StrategicRiskImpl <em>Strategic Risk</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.itup.model.impl.StrategicRiskImpl
	 * @see org.itup.model.impl.ItupPackageImpl#getStrategicRisk()
	 * @generated
	 */
	int STRATEGIC_RISK = 15;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGIC_RISK__NAME = PLAN_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Replaces</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGIC_RISK__REPLACES = PLAN_ELEMENT__REPLACES;

	/**
	 * The feature id for the '<em><b>Official</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGIC_RISK__OFFICIAL = PLAN_ELEMENT__OFFICIAL;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGIC_RISK__TITLE = PLAN_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Aspects</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGIC_RISK__ASPECTS = PLAN_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Mitigations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGIC_RISK__MITIGATIONS = PLAN_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Likelihood</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGIC_RISK__LIKELIHOOD = PLAN_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Impact</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGIC_RISK__IMPACT = PLAN_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGIC_RISK__OWNER = PLAN_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Strategic Risk</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGIC_RISK_FEATURE_COUNT = PLAN_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Strategic Risk</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGIC_RISK_OPERATION_COUNT = PLAN_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.itup.model.impl.MitigationImpl <em>Mitigation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.itup.model.impl.MitigationImpl
	 * @see org.itup.model.impl.ItupPackageImpl#getMitigation()
	 * @generated
	 */
	int MITIGATION = 16;

	/**
	 * The feature id for the '<em><b>Treatment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MITIGATION__TREATMENT = 0;

	/**
	 * The feature id for the '<em><b>Statement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MITIGATION__STATEMENT = 1;

	/**
	 * The number of structural features of the '<em>Mitigation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MITIGATION_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Mitigation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MITIGATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.itup.model.impl.SwotItemImpl <em>Swot Item</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.itup.model.impl.SwotItemImpl
	 * @see org.itup.model.impl.ItupPackageImpl#getSwotItem()
	 * @generated
	 */
	int SWOT_ITEM = 17;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWOT_ITEM__KIND = 0;

	/**
	 * The feature id for the '<em><b>Statement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWOT_ITEM__STATEMENT = 1;

	/**
	 * The number of structural features of the '<em>Swot Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWOT_ITEM_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Swot Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWOT_ITEM_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.itup.model.impl.ImplementationCriterionImpl <em>Implementation Criterion</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.itup.model.impl.ImplementationCriterionImpl
	 * @see org.itup.model.impl.ItupPackageImpl#getImplementationCriterion()
	 * @generated
	 */
	int IMPLEMENTATION_CRITERION = 18;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPLEMENTATION_CRITERION__TITLE = 0;

	/**
	 * The feature id for the '<em><b>Statement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPLEMENTATION_CRITERION__STATEMENT = 1;

	/**
	 * The feature id for the '<em><b>Criteria</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPLEMENTATION_CRITERION__CRITERIA = 2;

	/**
	 * The number of structural features of the '<em>Implementation Criterion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPLEMENTATION_CRITERION_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Implementation Criterion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPLEMENTATION_CRITERION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.itup.model.impl.GlossaryTermImpl <em>Glossary Term</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.itup.model.impl.GlossaryTermImpl
	 * @see org.itup.model.impl.ItupPackageImpl#getGlossaryTerm()
	 * @generated
	 */
	int GLOSSARY_TERM = 19;

	/**
	 * The feature id for the '<em><b>Term</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GLOSSARY_TERM__TERM = 0;

	/**
	 * The feature id for the '<em><b>Definition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GLOSSARY_TERM__DEFINITION = 1;

	/**
	 * The feature id for the '<em><b>Translations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GLOSSARY_TERM__TRANSLATIONS = 2;

	/**
	 * The number of structural features of the '<em>Glossary Term</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GLOSSARY_TERM_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Glossary Term</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GLOSSARY_TERM_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.itup.model.impl.TranslationImpl <em>Translation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.itup.model.impl.TranslationImpl
	 * @see org.itup.model.impl.ItupPackageImpl#getTranslation()
	 * @generated
	 */
	int TRANSLATION = 20;

	/**
	 * The feature id for the '<em><b>Language</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSLATION__LANGUAGE = 0;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSLATION__TEXT = 1;

	/**
	 * The feature id for the '<em><b>Unavailable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSLATION__UNAVAILABLE = 2;

	/**
	 * The number of structural features of the '<em>Translation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSLATION_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Translation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSLATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.itup.model.impl.OperationalPlanImpl <em>Operational Plan</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.itup.model.impl.OperationalPlanImpl
	 * @see org.itup.model.impl.ItupPackageImpl#getOperationalPlan()
	 * @generated
	 */
	int OPERATIONAL_PLAN = 22;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATIONAL_PLAN__NAME = PLAN_FILE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Sector</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATIONAL_PLAN__SECTOR = PLAN_FILE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATIONAL_PLAN__YEAR = PLAN_FILE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Strategic Plan</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATIONAL_PLAN__STRATEGIC_PLAN = PLAN_FILE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Responsible Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATIONAL_PLAN__RESPONSIBLE_UNIT = PLAN_FILE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Objectives</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATIONAL_PLAN__OBJECTIVES = PLAN_FILE_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Retired Outputs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATIONAL_PLAN__RETIRED_OUTPUTS = PLAN_FILE_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Operational Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATIONAL_PLAN_FEATURE_COUNT = PLAN_FILE_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Operational Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATIONAL_PLAN_OPERATION_COUNT = PLAN_FILE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.itup.model.impl.ObjectivePlanImpl <em>Objective Plan</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.itup.model.impl.ObjectivePlanImpl
	 * @see org.itup.model.impl.ItupPackageImpl#getObjectivePlan()
	 * @generated
	 */
	int OBJECTIVE_PLAN = 23;

	/**
	 * The feature id for the '<em><b>Objective</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE_PLAN__OBJECTIVE = 0;

	/**
	 * The feature id for the '<em><b>Outputs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE_PLAN__OUTPUTS = 1;

	/**
	 * The number of structural features of the '<em>Objective Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE_PLAN_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Objective Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE_PLAN_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.itup.model.impl.OutputWorkImpl <em>Output Work</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.itup.model.impl.OutputWorkImpl
	 * @see org.itup.model.impl.ItupPackageImpl#getOutputWork()
	 * @generated
	 */
	int OUTPUT_WORK = 24;

	/**
	 * The feature id for the '<em><b>Responsible Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTPUT_WORK__RESPONSIBLE_UNIT = 0;

	/**
	 * The feature id for the '<em><b>Activities</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTPUT_WORK__ACTIVITIES = 1;

	/**
	 * The feature id for the '<em><b>Indicators</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTPUT_WORK__INDICATORS = 2;

	/**
	 * The feature id for the '<em><b>Resources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTPUT_WORK__RESOURCES = 3;

	/**
	 * The feature id for the '<em><b>Timeline</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTPUT_WORK__TIMELINE = 4;

	/**
	 * The number of structural features of the '<em>Output Work</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTPUT_WORK_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Output Work</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTPUT_WORK_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.itup.model.impl.OutputPlanImpl <em>Output Plan</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.itup.model.impl.OutputPlanImpl
	 * @see org.itup.model.impl.ItupPackageImpl#getOutputPlan()
	 * @generated
	 */
	int OUTPUT_PLAN = 25;

	/**
	 * The feature id for the '<em><b>Responsible Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTPUT_PLAN__RESPONSIBLE_UNIT = OUTPUT_WORK__RESPONSIBLE_UNIT;

	/**
	 * The feature id for the '<em><b>Activities</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTPUT_PLAN__ACTIVITIES = OUTPUT_WORK__ACTIVITIES;

	/**
	 * The feature id for the '<em><b>Indicators</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTPUT_PLAN__INDICATORS = OUTPUT_WORK__INDICATORS;

	/**
	 * The feature id for the '<em><b>Resources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTPUT_PLAN__RESOURCES = OUTPUT_WORK__RESOURCES;

	/**
	 * The feature id for the '<em><b>Timeline</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTPUT_PLAN__TIMELINE = OUTPUT_WORK__TIMELINE;

	/**
	 * The feature id for the '<em><b>Output</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTPUT_PLAN__OUTPUT = OUTPUT_WORK_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Output Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTPUT_PLAN_FEATURE_COUNT = OUTPUT_WORK_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Output Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTPUT_PLAN_OPERATION_COUNT = OUTPUT_WORK_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.itup.model.impl.RetiredOutputImpl <em>Retired Output</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.itup.model.impl.RetiredOutputImpl
	 * @see org.itup.model.impl.ItupPackageImpl#getRetiredOutput()
	 * @generated
	 */
	int RETIRED_OUTPUT = 26;

	/**
	 * The feature id for the '<em><b>Responsible Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETIRED_OUTPUT__RESPONSIBLE_UNIT = OUTPUT_WORK__RESPONSIBLE_UNIT;

	/**
	 * The feature id for the '<em><b>Activities</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETIRED_OUTPUT__ACTIVITIES = OUTPUT_WORK__ACTIVITIES;

	/**
	 * The feature id for the '<em><b>Indicators</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETIRED_OUTPUT__INDICATORS = OUTPUT_WORK__INDICATORS;

	/**
	 * The feature id for the '<em><b>Resources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETIRED_OUTPUT__RESOURCES = OUTPUT_WORK__RESOURCES;

	/**
	 * The feature id for the '<em><b>Timeline</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETIRED_OUTPUT__TIMELINE = OUTPUT_WORK__TIMELINE;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETIRED_OUTPUT__CODE = OUTPUT_WORK_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Retired Output</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETIRED_OUTPUT_FEATURE_COUNT = OUTPUT_WORK_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Retired Output</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETIRED_OUTPUT_OPERATION_COUNT = OUTPUT_WORK_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.itup.model.impl.MilestoneImpl <em>Milestone</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.itup.model.impl.MilestoneImpl
	 * @see org.itup.model.impl.ItupPackageImpl#getMilestone()
	 * @generated
	 */
	int MILESTONE = 27;

	/**
	 * The feature id for the '<em><b>Forecast</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__FORECAST = 0;

	/**
	 * The feature id for the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__YEAR = 1;

	/**
	 * The feature id for the '<em><b>Statement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__STATEMENT = 2;

	/**
	 * The number of structural features of the '<em>Milestone</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Milestone</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.itup.model.impl.IndicatorMilestoneImpl <em>Indicator Milestone</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.itup.model.impl.IndicatorMilestoneImpl
	 * @see org.itup.model.impl.ItupPackageImpl#getIndicatorMilestone()
	 * @generated
	 */
	int INDICATOR_MILESTONE = 29;

	/**
	 * The feature id for the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_MILESTONE__YEAR = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_MILESTONE__VALUE = 1;

	/**
	 * The number of structural features of the '<em>Indicator Milestone</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_MILESTONE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Indicator Milestone</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_MILESTONE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.itup.model.impl.IndicatorBoundImpl <em>Indicator Bound</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.itup.model.impl.IndicatorBoundImpl
	 * @see org.itup.model.impl.ItupPackageImpl#getIndicatorBound()
	 * @generated
	 */
	int INDICATOR_BOUND = 30;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_BOUND__KIND = 0;

	/**
	 * The feature id for the '<em><b>Low</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_BOUND__LOW = 1;

	/**
	 * The feature id for the '<em><b>High</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_BOUND__HIGH = 2;

	/**
	 * The number of structural features of the '<em>Indicator Bound</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_BOUND_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Indicator Bound</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_BOUND_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.itup.model.impl.ExchangeRateImpl <em>Exchange Rate</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.itup.model.impl.ExchangeRateImpl
	 * @see org.itup.model.impl.ItupPackageImpl#getExchangeRate()
	 * @generated
	 */
	int EXCHANGE_RATE = 31;

	/**
	 * The feature id for the '<em><b>Currency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXCHANGE_RATE__CURRENCY = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXCHANGE_RATE__VALUE = 1;

	/**
	 * The number of structural features of the '<em>Exchange Rate</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXCHANGE_RATE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Exchange Rate</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXCHANGE_RATE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.itup.model.impl.BudgetImpl <em>Budget</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.itup.model.impl.BudgetImpl
	 * @see org.itup.model.impl.ItupPackageImpl#getBudget()
	 * @generated
	 */
	int BUDGET = 32;

	/**
	 * The feature id for the '<em><b>Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET__AMOUNT = 0;

	/**
	 * The feature id for the '<em><b>Currency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET__CURRENCY = 1;

	/**
	 * The feature id for the '<em><b>Period</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET__PERIOD = 2;

	/**
	 * The number of structural features of the '<em>Budget</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Budget</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.itup.model.impl.ResourceNeedImpl <em>Resource Need</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.itup.model.impl.ResourceNeedImpl
	 * @see org.itup.model.impl.ItupPackageImpl#getResourceNeed()
	 * @generated
	 */
	int RESOURCE_NEED = 33;

	/**
	 * The feature id for the '<em><b>Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_NEED__AMOUNT = 0;

	/**
	 * The feature id for the '<em><b>Currency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_NEED__CURRENCY = 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_NEED__DESCRIPTION = 2;

	/**
	 * The number of structural features of the '<em>Resource Need</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_NEED_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Resource Need</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_NEED_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.itup.model.impl.MonitoringFileImpl <em>Monitoring File</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.itup.model.impl.MonitoringFileImpl
	 * @see org.itup.model.impl.ItupPackageImpl#getMonitoringFile()
	 * @generated
	 */
	int MONITORING_FILE = 34;

	/**
	 * The feature id for the '<em><b>Plan</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONITORING_FILE__PLAN = PLAN_FILE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Data Files</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONITORING_FILE__DATA_FILES = PLAN_FILE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Measurements</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONITORING_FILE__MEASUREMENTS = PLAN_FILE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Expenditures</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONITORING_FILE__EXPENDITURES = PLAN_FILE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Assessments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONITORING_FILE__ASSESSMENTS = PLAN_FILE_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Monitoring File</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONITORING_FILE_FEATURE_COUNT = PLAN_FILE_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Monitoring File</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONITORING_FILE_OPERATION_COUNT = PLAN_FILE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.itup.model.impl.MeasurementImpl <em>Measurement</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.itup.model.impl.MeasurementImpl
	 * @see org.itup.model.impl.ItupPackageImpl#getMeasurement()
	 * @generated
	 */
	int MEASUREMENT = 35;

	/**
	 * The feature id for the '<em><b>Subject</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT__SUBJECT = 0;

	/**
	 * The feature id for the '<em><b>Period</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT__PERIOD = 1;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT__VALUE = 2;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT__UNIT = 3;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT__SOURCE = 4;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT__DATE = 5;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT__NOTE = 6;

	/**
	 * The number of structural features of the '<em>Measurement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Measurement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.itup.model.impl.ExpenditureImpl <em>Expenditure</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.itup.model.impl.ExpenditureImpl
	 * @see org.itup.model.impl.ItupPackageImpl#getExpenditure()
	 * @generated
	 */
	int EXPENDITURE = 36;

	/**
	 * The feature id for the '<em><b>Element</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPENDITURE__ELEMENT = 0;

	/**
	 * The feature id for the '<em><b>Period</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPENDITURE__PERIOD = 1;

	/**
	 * The feature id for the '<em><b>Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPENDITURE__AMOUNT = 2;

	/**
	 * The feature id for the '<em><b>Currency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPENDITURE__CURRENCY = 3;

	/**
	 * The number of structural features of the '<em>Expenditure</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPENDITURE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Expenditure</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPENDITURE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.itup.model.impl.AssessmentImpl <em>Assessment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.itup.model.impl.AssessmentImpl
	 * @see org.itup.model.impl.ItupPackageImpl#getAssessment()
	 * @generated
	 */
	int ASSESSMENT = 37;

	/**
	 * The feature id for the '<em><b>Objective</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__OBJECTIVE = 0;

	/**
	 * The feature id for the '<em><b>Period</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__PERIOD = 1;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__TEXT = 2;

	/**
	 * The number of structural features of the '<em>Assessment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Assessment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.itup.model.impl.CodeSchemeImpl <em>Code Scheme</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.itup.model.impl.CodeSchemeImpl
	 * @see org.itup.model.impl.ItupPackageImpl#getCodeScheme()
	 * @generated
	 */
	int CODE_SCHEME = 38;

	/**
	 * The feature id for the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE_SCHEME__LEVEL = 0;

	/**
	 * The feature id for the '<em><b>Pattern</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE_SCHEME__PATTERN = 1;

	/**
	 * The feature id for the '<em><b>Official</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE_SCHEME__OFFICIAL = 2;

	/**
	 * The number of structural features of the '<em>Code Scheme</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE_SCHEME_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Code Scheme</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE_SCHEME_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.itup.model.impl.VocabularyImpl <em>Vocabulary</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.itup.model.impl.VocabularyImpl
	 * @see org.itup.model.impl.ItupPackageImpl#getVocabulary()
	 * @generated
	 */
	int VOCABULARY = 39;

	/**
	 * The feature id for the '<em><b>Levels</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOCABULARY__LEVELS = 0;

	/**
	 * The number of structural features of the '<em>Vocabulary</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOCABULARY_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Vocabulary</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOCABULARY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.itup.model.impl.LevelNameImpl <em>Level Name</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.itup.model.impl.LevelNameImpl
	 * @see org.itup.model.impl.ItupPackageImpl#getLevelName()
	 * @generated
	 */
	int LEVEL_NAME = 40;

	/**
	 * The feature id for the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEVEL_NAME__LEVEL = 0;

	/**
	 * The feature id for the '<em><b>Keyword</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEVEL_NAME__KEYWORD = 1;

	/**
	 * The feature id for the '<em><b>Singular</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEVEL_NAME__SINGULAR = 2;

	/**
	 * The feature id for the '<em><b>Plural</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEVEL_NAME__PLURAL = 3;

	/**
	 * The number of structural features of the '<em>Level Name</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEVEL_NAME_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Level Name</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEVEL_NAME_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.itup.model.BoundKind <em>Bound Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.itup.model.BoundKind
	 * @see org.itup.model.impl.ItupPackageImpl#getBoundKind()
	 * @generated
	 */
	int BOUND_KIND = 41;

	/**
	 * The meta object id for the '{@link org.itup.model.ReportingFrequency <em>Reporting Frequency</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.itup.model.ReportingFrequency
	 * @see org.itup.model.impl.ItupPackageImpl#getReportingFrequency()
	 * @generated
	 */
	int REPORTING_FREQUENCY = 42;

	/**
	 * The meta object id for the '{@link org.itup.model.TargetKind <em>Target Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.itup.model.TargetKind
	 * @see org.itup.model.impl.ItupPackageImpl#getTargetKind()
	 * @generated
	 */
	int TARGET_KIND = 43;

	/**
	 * The meta object id for the '{@link org.itup.model.SectorKind <em>Sector Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.itup.model.SectorKind
	 * @see org.itup.model.impl.ItupPackageImpl#getSectorKind()
	 * @generated
	 */
	int SECTOR_KIND = 44;

	/**
	 * The meta object id for the '{@link org.itup.model.IndicatorDirection <em>Indicator Direction</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.itup.model.IndicatorDirection
	 * @see org.itup.model.impl.ItupPackageImpl#getIndicatorDirection()
	 * @generated
	 */
	int INDICATOR_DIRECTION = 45;

	/**
	 * The meta object id for the '{@link org.itup.model.RiskTreatment <em>Risk Treatment</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.itup.model.RiskTreatment
	 * @see org.itup.model.impl.ItupPackageImpl#getRiskTreatment()
	 * @generated
	 */
	int RISK_TREATMENT = 46;

	/**
	 * The meta object id for the '{@link org.itup.model.CodedLevel <em>Coded Level</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.itup.model.CodedLevel
	 * @see org.itup.model.impl.ItupPackageImpl#getCodedLevel()
	 * @generated
	 */
	int CODED_LEVEL = 47;

	/**
	 * The meta object id for the '{@link org.itup.model.SwotKind <em>Swot Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.itup.model.SwotKind
	 * @see org.itup.model.impl.ItupPackageImpl#getSwotKind()
	 * @generated
	 */
	int SWOT_KIND = 48;

	/**
	 * The meta object id for the '{@link org.itup.model.PlanLevel <em>Plan Level</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.itup.model.PlanLevel
	 * @see org.itup.model.impl.ItupPackageImpl#getPlanLevel()
	 * @generated
	 */
	int PLAN_LEVEL = 49;


	/**
	 * Returns the meta object for class '{@link org.itup.model.Plan <em>Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Plan</em>'.
	 * @see org.itup.model.Plan
	 * @generated
	 */
	EClass getPlan();

	/**
	 * Returns the meta object for the attribute '{@link org.itup.model.Plan#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.itup.model.Plan#getName()
	 * @see #getPlan()
	 * @generated
	 */
	EAttribute getPlan_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.itup.model.Plan#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.itup.model.Plan#getTitle()
	 * @see #getPlan()
	 * @generated
	 */
	EAttribute getPlan_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.itup.model.Plan#getStartYear <em>Start Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Year</em>'.
	 * @see org.itup.model.Plan#getStartYear()
	 * @see #getPlan()
	 * @generated
	 */
	EAttribute getPlan_StartYear();

	/**
	 * Returns the meta object for the attribute '{@link org.itup.model.Plan#getEndYear <em>End Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End Year</em>'.
	 * @see org.itup.model.Plan#getEndYear()
	 * @see #getPlan()
	 * @generated
	 */
	EAttribute getPlan_EndYear();

	/**
	 * Returns the meta object for the attribute '{@link org.itup.model.Plan#getAdoptedBy <em>Adopted By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Adopted By</em>'.
	 * @see org.itup.model.Plan#getAdoptedBy()
	 * @see #getPlan()
	 * @generated
	 */
	EAttribute getPlan_AdoptedBy();

	/**
	 * Returns the meta object for the attribute '{@link org.itup.model.Plan#getVision <em>Vision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vision</em>'.
	 * @see org.itup.model.Plan#getVision()
	 * @see #getPlan()
	 * @generated
	 */
	EAttribute getPlan_Vision();

	/**
	 * Returns the meta object for the attribute '{@link org.itup.model.Plan#getMission <em>Mission</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mission</em>'.
	 * @see org.itup.model.Plan#getMission()
	 * @see #getPlan()
	 * @generated
	 */
	EAttribute getPlan_Mission();

	/**
	 * Returns the meta object for the attribute '{@link org.itup.model.Plan#getCurrency <em>Currency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Currency</em>'.
	 * @see org.itup.model.Plan#getCurrency()
	 * @see #getPlan()
	 * @generated
	 */
	EAttribute getPlan_Currency();

	/**
	 * Returns the meta object for the containment reference list '{@link org.itup.model.Plan#getRates <em>Rates</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Rates</em>'.
	 * @see org.itup.model.Plan#getRates()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_Rates();

	/**
	 * Returns the meta object for the containment reference list '{@link org.itup.model.Plan#getImports <em>Imports</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Imports</em>'.
	 * @see org.itup.model.Plan#getImports()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_Imports();

	/**
	 * Returns the meta object for the reference list '{@link org.itup.model.Plan#getSectorOrder <em>Sector Order</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Sector Order</em>'.
	 * @see org.itup.model.Plan#getSectorOrder()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_SectorOrder();

	/**
	 * Returns the meta object for the containment reference list '{@link org.itup.model.Plan#getValues <em>Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Values</em>'.
	 * @see org.itup.model.Plan#getValues()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_Values();

	/**
	 * Returns the meta object for the containment reference list '{@link org.itup.model.Plan#getGoals <em>Goals</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Goals</em>'.
	 * @see org.itup.model.Plan#getGoals()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_Goals();

	/**
	 * Returns the meta object for the containment reference list '{@link org.itup.model.Plan#getSectors <em>Sectors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sectors</em>'.
	 * @see org.itup.model.Plan#getSectors()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_Sectors();

	/**
	 * Returns the meta object for the containment reference list '{@link org.itup.model.Plan#getRisks <em>Risks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Risks</em>'.
	 * @see org.itup.model.Plan#getRisks()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_Risks();

	/**
	 * Returns the meta object for the containment reference list '{@link org.itup.model.Plan#getSwot <em>Swot</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Swot</em>'.
	 * @see org.itup.model.Plan#getSwot()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_Swot();

	/**
	 * Returns the meta object for the attribute list '{@link org.itup.model.Plan#getWsisActionLines <em>Wsis Action Lines</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Wsis Action Lines</em>'.
	 * @see org.itup.model.Plan#getWsisActionLines()
	 * @see #getPlan()
	 * @generated
	 */
	EAttribute getPlan_WsisActionLines();

	/**
	 * Returns the meta object for the attribute list '{@link org.itup.model.Plan#getSdgCustodianIndicators <em>Sdg Custodian Indicators</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Sdg Custodian Indicators</em>'.
	 * @see org.itup.model.Plan#getSdgCustodianIndicators()
	 * @see #getPlan()
	 * @generated
	 */
	EAttribute getPlan_SdgCustodianIndicators();

	/**
	 * Returns the meta object for the containment reference list '{@link org.itup.model.Plan#getCriteria <em>Criteria</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Criteria</em>'.
	 * @see org.itup.model.Plan#getCriteria()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_Criteria();

	/**
	 * Returns the meta object for the containment reference list '{@link org.itup.model.Plan#getGlossary <em>Glossary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Glossary</em>'.
	 * @see org.itup.model.Plan#getGlossary()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_Glossary();

	/**
	 * Returns the meta object for the attribute list '{@link org.itup.model.Plan#getLanguages <em>Languages</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Languages</em>'.
	 * @see org.itup.model.Plan#getLanguages()
	 * @see #getPlan()
	 * @generated
	 */
	EAttribute getPlan_Languages();

	/**
	 * Returns the meta object for the attribute '{@link org.itup.model.Plan#isOfficialCodes <em>Official Codes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Official Codes</em>'.
	 * @see org.itup.model.Plan#isOfficialCodes()
	 * @see #getPlan()
	 * @generated
	 */
	EAttribute getPlan_OfficialCodes();

	/**
	 * Returns the meta object for the attribute list '{@link org.itup.model.Plan#getRiskScale <em>Risk Scale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Risk Scale</em>'.
	 * @see org.itup.model.Plan#getRiskScale()
	 * @see #getPlan()
	 * @generated
	 */
	EAttribute getPlan_RiskScale();

	/**
	 * Returns the meta object for the containment reference '{@link org.itup.model.Plan#getVocabulary <em>Vocabulary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Vocabulary</em>'.
	 * @see org.itup.model.Plan#getVocabulary()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_Vocabulary();

	/**
	 * Returns the meta object for the containment reference list '{@link org.itup.model.Plan#getCodeSchemes <em>Code Schemes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Code Schemes</em>'.
	 * @see org.itup.model.Plan#getCodeSchemes()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_CodeSchemes();

	/**
	 * Returns the meta object for class '{@link org.itup.model.Import <em>Import</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Import</em>'.
	 * @see org.itup.model.Import
	 * @generated
	 */
	EClass getImport();

	/**
	 * Returns the meta object for the reference '{@link org.itup.model.Import#getPlan <em>Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Plan</em>'.
	 * @see org.itup.model.Import#getPlan()
	 * @see #getImport()
	 * @generated
	 */
	EReference getImport_Plan();

	/**
	 * Returns the meta object for class '{@link org.itup.model.PlanElement <em>Plan Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Plan Element</em>'.
	 * @see org.itup.model.PlanElement
	 * @generated
	 */
	EClass getPlanElement();

	/**
	 * Returns the meta object for the attribute '{@link org.itup.model.PlanElement#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.itup.model.PlanElement#getName()
	 * @see #getPlanElement()
	 * @generated
	 */
	EAttribute getPlanElement_Name();

	/**
	 * Returns the meta object for the attribute list '{@link org.itup.model.PlanElement#getReplaces <em>Replaces</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Replaces</em>'.
	 * @see org.itup.model.PlanElement#getReplaces()
	 * @see #getPlanElement()
	 * @generated
	 */
	EAttribute getPlanElement_Replaces();

	/**
	 * Returns the meta object for the attribute '{@link org.itup.model.PlanElement#isOfficial <em>Official</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Official</em>'.
	 * @see org.itup.model.PlanElement#isOfficial()
	 * @see #getPlanElement()
	 * @generated
	 */
	EAttribute getPlanElement_Official();

	/**
	 * Returns the meta object for class '{@link org.itup.model.CoreValue <em>Core Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Core Value</em>'.
	 * @see org.itup.model.CoreValue
	 * @generated
	 */
	EClass getCoreValue();

	/**
	 * Returns the meta object for the attribute '{@link org.itup.model.CoreValue#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.itup.model.CoreValue#getTitle()
	 * @see #getCoreValue()
	 * @generated
	 */
	EAttribute getCoreValue_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.itup.model.CoreValue#getStatement <em>Statement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Statement</em>'.
	 * @see org.itup.model.CoreValue#getStatement()
	 * @see #getCoreValue()
	 * @generated
	 */
	EAttribute getCoreValue_Statement();

	/**
	 * Returns the meta object for class '{@link org.itup.model.Goal <em>Goal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Goal</em>'.
	 * @see org.itup.model.Goal
	 * @generated
	 */
	EClass getGoal();

	/**
	 * Returns the meta object for the attribute '{@link org.itup.model.Goal#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.itup.model.Goal#getTitle()
	 * @see #getGoal()
	 * @generated
	 */
	EAttribute getGoal_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.itup.model.Goal#getStatement <em>Statement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Statement</em>'.
	 * @see org.itup.model.Goal#getStatement()
	 * @see #getGoal()
	 * @generated
	 */
	EAttribute getGoal_Statement();

	/**
	 * Returns the meta object for the attribute '{@link org.itup.model.Goal#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.itup.model.Goal#getDescription()
	 * @see #getGoal()
	 * @generated
	 */
	EAttribute getGoal_Description();

	/**
	 * Returns the meta object for the containment reference list '{@link org.itup.model.Goal#getTargets <em>Targets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Targets</em>'.
	 * @see org.itup.model.Goal#getTargets()
	 * @see #getGoal()
	 * @generated
	 */
	EReference getGoal_Targets();

	/**
	 * Returns the meta object for the containment reference list '{@link org.itup.model.Goal#getSdgLinks <em>Sdg Links</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sdg Links</em>'.
	 * @see org.itup.model.Goal#getSdgLinks()
	 * @see #getGoal()
	 * @generated
	 */
	EReference getGoal_SdgLinks();

	/**
	 * Returns the meta object for the attribute list '{@link org.itup.model.Goal#getWsisActionLines <em>Wsis Action Lines</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Wsis Action Lines</em>'.
	 * @see org.itup.model.Goal#getWsisActionLines()
	 * @see #getGoal()
	 * @generated
	 */
	EAttribute getGoal_WsisActionLines();

	/**
	 * Returns the meta object for class '{@link org.itup.model.Target <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Target</em>'.
	 * @see org.itup.model.Target
	 * @generated
	 */
	EClass getTarget();

	/**
	 * Returns the meta object for the attribute '{@link org.itup.model.Target#getStatement <em>Statement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Statement</em>'.
	 * @see org.itup.model.Target#getStatement()
	 * @see #getTarget()
	 * @generated
	 */
	EAttribute getTarget_Statement();

	/**
	 * Returns the meta object for the attribute '{@link org.itup.model.Target#getDeadline <em>Deadline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Deadline</em>'.
	 * @see org.itup.model.Target#getDeadline()
	 * @see #getTarget()
	 * @generated
	 */
	EAttribute getTarget_Deadline();

	/**
	 * Returns the meta object for the attribute '{@link org.itup.model.Target#getHorizon <em>Horizon</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Horizon</em>'.
	 * @see org.itup.model.Target#getHorizon()
	 * @see #getTarget()
	 * @generated
	 */
	EAttribute getTarget_Horizon();

	/**
	 * Returns the meta object for the attribute '{@link org.itup.model.Target#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.itup.model.Target#getKind()
	 * @see #getTarget()
	 * @generated
	 */
	EAttribute getTarget_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.itup.model.Target#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.itup.model.Target#getValue()
	 * @see #getTarget()
	 * @generated
	 */
	EAttribute getTarget_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.itup.model.Target#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see org.itup.model.Target#getUnit()
	 * @see #getTarget()
	 * @generated
	 */
	EAttribute getTarget_Unit();

	/**
	 * Returns the meta object for the containment reference '{@link org.itup.model.Target#getBaseline <em>Baseline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Baseline</em>'.
	 * @see org.itup.model.Target#getBaseline()
	 * @see #getTarget()
	 * @generated
	 */
	EReference getTarget_Baseline();

	/**
	 * Returns the meta object for the attribute '{@link org.itup.model.Target#getPopulation <em>Population</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Population</em>'.
	 * @see org.itup.model.Target#getPopulation()
	 * @see #getTarget()
	 * @generated
	 */
	EAttribute getTarget_Population();

	/**
	 * Returns the meta object for the containment reference list '{@link org.itup.model.Target#getIndicators <em>Indicators</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Indicators</em>'.
	 * @see org.itup.model.Target#getIndicators()
	 * @see #getTarget()
	 * @generated
	 */
	EReference getTarget_Indicators();

	/**
	 * Returns the meta object for class '{@link org.itup.model.Baseline <em>Baseline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Baseline</em>'.
	 * @see org.itup.model.Baseline
	 * @generated
	 */
	EClass getBaseline();

	/**
	 * Returns the meta object for the attribute '{@link org.itup.model.Baseline#getYear <em>Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Year</em>'.
	 * @see org.itup.model.Baseline#getYear()
	 * @see #getBaseline()
	 * @generated
	 */
	EAttribute getBaseline_Year();

	/**
	 * Returns the meta object for the attribute '{@link org.itup.model.Baseline#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.itup.model.Baseline#getValue()
	 * @see #getBaseline()
	 * @generated
	 */
	EAttribute getBaseline_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.itup.model.Baseline#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see org.itup.model.Baseline#getUnit()
	 * @see #getBaseline()
	 * @generated
	 */
	EAttribute getBaseline_Unit();

	/**
	 * Returns the meta object for the attribute '{@link org.itup.model.Baseline#isMeasured <em>Measured</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Measured</em>'.
	 * @see org.itup.model.Baseline#isMeasured()
	 * @see #getBaseline()
	 * @generated
	 */
	EAttribute getBaseline_Measured();

	/**
	 * Returns the meta object for class '{@link org.itup.model.SdgLink <em>Sdg Link</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Sdg Link</em>'.
	 * @see org.itup.model.SdgLink
	 * @generated
	 */
	EClass getSdgLink();

	/**
	 * Returns the meta object for the attribute '{@link org.itup.model.SdgLink#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target</em>'.
	 * @see org.itup.model.SdgLink#getTarget()
	 * @see #getSdgLink()
	 * @generated
	 */
	EAttribute getSdgLink_Target();

	/**
	 * Returns the meta object for the attribute list '{@link org.itup.model.SdgLink#getIndicators <em>Indicators</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Indicators</em>'.
	 * @see org.itup.model.SdgLink#getIndicators()
	 * @see #getSdgLink()
	 * @generated
	 */
	EAttribute getSdgLink_Indicators();

	/**
	 * Returns the meta object for class '{@link org.itup.model.Sector <em>Sector</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Sector</em>'.
	 * @see org.itup.model.Sector
	 * @generated
	 */
	EClass getSector();

	/**
	 * Returns the meta object for the attribute '{@link org.itup.model.Sector#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.itup.model.Sector#getKind()
	 * @see #getSector()
	 * @generated
	 */
	EAttribute getSector_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.itup.model.Sector#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.itup.model.Sector#getTitle()
	 * @see #getSector()
	 * @generated
	 */
	EAttribute getSector_Title();

	/**
	 * Returns the meta object for the containment reference '{@link org.itup.model.Sector#getBureau <em>Bureau</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Bureau</em>'.
	 * @see org.itup.model.Sector#getBureau()
	 * @see #getSector()
	 * @generated
	 */
	EReference getSector_Bureau();

	/**
	 * Returns the meta object for the containment reference list '{@link org.itup.model.Sector#getObjectives <em>Objectives</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Objectives</em>'.
	 * @see org.itup.model.Sector#getObjectives()
	 * @see #getSector()
	 * @generated
	 */
	EReference getSector_Objectives();

	/**
	 * Returns the meta object for the containment reference list '{@link org.itup.model.Sector#getEnablers <em>Enablers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Enablers</em>'.
	 * @see org.itup.model.Sector#getEnablers()
	 * @see #getSector()
	 * @generated
	 */
	EReference getSector_Enablers();

	/**
	 * Returns the meta object for the containment reference list '{@link org.itup.model.Sector#getBudgets <em>Budgets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Budgets</em>'.
	 * @see org.itup.model.Sector#getBudgets()
	 * @see #getSector()
	 * @generated
	 */
	EReference getSector_Budgets();

	/**
	 * Returns the meta object for class '{@link org.itup.model.Bureau <em>Bureau</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Bureau</em>'.
	 * @see org.itup.model.Bureau
	 * @generated
	 */
	EClass getBureau();

	/**
	 * Returns the meta object for the attribute '{@link org.itup.model.Bureau#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.itup.model.Bureau#getTitle()
	 * @see #getBureau()
	 * @generated
	 */
	EAttribute getBureau_Title();

	/**
	 * Returns the meta object for class '{@link org.itup.model.Objective <em>Objective</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Objective</em>'.
	 * @see org.itup.model.Objective
	 * @generated
	 */
	EClass getObjective();

	/**
	 * Returns the meta object for the attribute '{@link org.itup.model.Objective#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.itup.model.Objective#getTitle()
	 * @see #getObjective()
	 * @generated
	 */
	EAttribute getObjective_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.itup.model.Objective#getStatement <em>Statement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Statement</em>'.
	 * @see org.itup.model.Objective#getStatement()
	 * @see #getObjective()
	 * @generated
	 */
	EAttribute getObjective_Statement();

	/**
	 * Returns the meta object for the reference list '{@link org.itup.model.Objective#getPrimaryGoals <em>Primary Goals</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Primary Goals</em>'.
	 * @see org.itup.model.Objective#getPrimaryGoals()
	 * @see #getObjective()
	 * @generated
	 */
	EReference getObjective_PrimaryGoals();

	/**
	 * Returns the meta object for the reference list '{@link org.itup.model.Objective#getSecondaryGoals <em>Secondary Goals</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Secondary Goals</em>'.
	 * @see org.itup.model.Objective#getSecondaryGoals()
	 * @see #getObjective()
	 * @generated
	 */
	EReference getObjective_SecondaryGoals();

	/**
	 * Returns the meta object for the attribute list '{@link org.itup.model.Objective#getWsisActionLines <em>Wsis Action Lines</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Wsis Action Lines</em>'.
	 * @see org.itup.model.Objective#getWsisActionLines()
	 * @see #getObjective()
	 * @generated
	 */
	EAttribute getObjective_WsisActionLines();

	/**
	 * Returns the meta object for the containment reference list '{@link org.itup.model.Objective#getOutcomes <em>Outcomes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Outcomes</em>'.
	 * @see org.itup.model.Objective#getOutcomes()
	 * @see #getObjective()
	 * @generated
	 */
	EReference getObjective_Outcomes();

	/**
	 * Returns the meta object for the containment reference list '{@link org.itup.model.Objective#getOutputs <em>Outputs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Outputs</em>'.
	 * @see org.itup.model.Objective#getOutputs()
	 * @see #getObjective()
	 * @generated
	 */
	EReference getObjective_Outputs();

	/**
	 * Returns the meta object for the containment reference list '{@link org.itup.model.Objective#getIndicators <em>Indicators</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Indicators</em>'.
	 * @see org.itup.model.Objective#getIndicators()
	 * @see #getObjective()
	 * @generated
	 */
	EReference getObjective_Indicators();

	/**
	 * Returns the meta object for the containment reference list '{@link org.itup.model.Objective#getBudgets <em>Budgets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Budgets</em>'.
	 * @see org.itup.model.Objective#getBudgets()
	 * @see #getObjective()
	 * @generated
	 */
	EReference getObjective_Budgets();

	/**
	 * Returns the meta object for the reference list '{@link org.itup.model.Objective#getContributors <em>Contributors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Contributors</em>'.
	 * @see org.itup.model.Objective#getContributors()
	 * @see #getObjective()
	 * @generated
	 */
	EReference getObjective_Contributors();

	/**
	 * Returns the meta object for class '{@link org.itup.model.Outcome <em>Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Outcome</em>'.
	 * @see org.itup.model.Outcome
	 * @generated
	 */
	EClass getOutcome();

	/**
	 * Returns the meta object for the attribute '{@link org.itup.model.Outcome#getStatement <em>Statement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Statement</em>'.
	 * @see org.itup.model.Outcome#getStatement()
	 * @see #getOutcome()
	 * @generated
	 */
	EAttribute getOutcome_Statement();

	/**
	 * Returns the meta object for the containment reference list '{@link org.itup.model.Outcome#getIndicators <em>Indicators</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Indicators</em>'.
	 * @see org.itup.model.Outcome#getIndicators()
	 * @see #getOutcome()
	 * @generated
	 */
	EReference getOutcome_Indicators();

	/**
	 * Returns the meta object for class '{@link org.itup.model.Output <em>Output</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Output</em>'.
	 * @see org.itup.model.Output
	 * @generated
	 */
	EClass getOutput();

	/**
	 * Returns the meta object for the attribute '{@link org.itup.model.Output#getStatement <em>Statement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Statement</em>'.
	 * @see org.itup.model.Output#getStatement()
	 * @see #getOutput()
	 * @generated
	 */
	EAttribute getOutput_Statement();

	/**
	 * Returns the meta object for the containment reference list '{@link org.itup.model.Output#getIndicators <em>Indicators</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Indicators</em>'.
	 * @see org.itup.model.Output#getIndicators()
	 * @see #getOutput()
	 * @generated
	 */
	EReference getOutput_Indicators();

	/**
	 * Returns the meta object for the containment reference list '{@link org.itup.model.Output#getBudgets <em>Budgets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Budgets</em>'.
	 * @see org.itup.model.Output#getBudgets()
	 * @see #getOutput()
	 * @generated
	 */
	EReference getOutput_Budgets();

	/**
	 * Returns the meta object for class '{@link org.itup.model.PerformanceIndicator <em>Performance Indicator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Performance Indicator</em>'.
	 * @see org.itup.model.PerformanceIndicator
	 * @generated
	 */
	EClass getPerformanceIndicator();

	/**
	 * Returns the meta object for the attribute '{@link org.itup.model.PerformanceIndicator#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.itup.model.PerformanceIndicator#getTitle()
	 * @see #getPerformanceIndicator()
	 * @generated
	 */
	EAttribute getPerformanceIndicator_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.itup.model.PerformanceIndicator#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see org.itup.model.PerformanceIndicator#getUnit()
	 * @see #getPerformanceIndicator()
	 * @generated
	 */
	EAttribute getPerformanceIndicator_Unit();

	/**
	 * Returns the meta object for the containment reference '{@link org.itup.model.PerformanceIndicator#getBaseline <em>Baseline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Baseline</em>'.
	 * @see org.itup.model.PerformanceIndicator#getBaseline()
	 * @see #getPerformanceIndicator()
	 * @generated
	 */
	EReference getPerformanceIndicator_Baseline();

	/**
	 * Returns the meta object for the containment reference list '{@link org.itup.model.PerformanceIndicator#getMilestones <em>Milestones</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Milestones</em>'.
	 * @see org.itup.model.PerformanceIndicator#getMilestones()
	 * @see #getPerformanceIndicator()
	 * @generated
	 */
	EReference getPerformanceIndicator_Milestones();

	/**
	 * Returns the meta object for the attribute '{@link org.itup.model.PerformanceIndicator#getTargetValue <em>Target Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Value</em>'.
	 * @see org.itup.model.PerformanceIndicator#getTargetValue()
	 * @see #getPerformanceIndicator()
	 * @generated
	 */
	EAttribute getPerformanceIndicator_TargetValue();

	/**
	 * Returns the meta object for the attribute '{@link org.itup.model.PerformanceIndicator#getTargetYear <em>Target Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Year</em>'.
	 * @see org.itup.model.PerformanceIndicator#getTargetYear()
	 * @see #getPerformanceIndicator()
	 * @generated
	 */
	EAttribute getPerformanceIndicator_TargetYear();

	/**
	 * Returns the meta object for the attribute '{@link org.itup.model.PerformanceIndicator#getDirection <em>Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Direction</em>'.
	 * @see org.itup.model.PerformanceIndicator#getDirection()
	 * @see #getPerformanceIndicator()
	 * @generated
	 */
	EAttribute getPerformanceIndicator_Direction();

	/**
	 * Returns the meta object for the containment reference '{@link org.itup.model.PerformanceIndicator#getBound <em>Bound</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Bound</em>'.
	 * @see org.itup.model.PerformanceIndicator#getBound()
	 * @see #getPerformanceIndicator()
	 * @generated
	 */
	EReference getPerformanceIndicator_Bound();

	/**
	 * Returns the meta object for the attribute '{@link org.itup.model.PerformanceIndicator#getDataSource <em>Data Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Data Source</em>'.
	 * @see org.itup.model.PerformanceIndicator#getDataSource()
	 * @see #getPerformanceIndicator()
	 * @generated
	 */
	EAttribute getPerformanceIndicator_DataSource();

	/**
	 * Returns the meta object for the attribute '{@link org.itup.model.PerformanceIndicator#getFrequency <em>Frequency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Frequency</em>'.
	 * @see org.itup.model.PerformanceIndicator#getFrequency()
	 * @see #getPerformanceIndicator()
	 * @generated
	 */
	EAttribute getPerformanceIndicator_Frequency();

	/**
	 * Returns the meta object for the attribute '{@link org.itup.model.PerformanceIndicator#getResponsibleUnit <em>Responsible Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Responsible Unit</em>'.
	 * @see org.itup.model.PerformanceIndicator#getResponsibleUnit()
	 * @see #getPerformanceIndicator()
	 * @generated
	 */
	EAttribute getPerformanceIndicator_ResponsibleUnit();

	/**
	 * Returns the meta object for class '{@link org.itup.model.Enabler <em>Enabler</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Enabler</em>'.
	 * @see org.itup.model.Enabler
	 * @generated
	 */
	EClass getEnabler();

	/**
	 * Returns the meta object for the attribute '{@link org.itup.model.Enabler#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.itup.model.Enabler#getTitle()
	 * @see #getEnabler()
	 * @generated
	 */
	EAttribute getEnabler_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.itup.model.Enabler#isSupportsAll <em>Supports All</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Supports All</em>'.
	 * @see org.itup.model.Enabler#isSupportsAll()
	 * @see #getEnabler()
	 * @generated
	 */
	EAttribute getEnabler_SupportsAll();

	/**
	 * Returns the meta object for the reference list '{@link org.itup.model.Enabler#getSupportedObjectives <em>Supported Objectives</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Supported Objectives</em>'.
	 * @see org.itup.model.Enabler#getSupportedObjectives()
	 * @see #getEnabler()
	 * @generated
	 */
	EReference getEnabler_SupportedObjectives();

	/**
	 * Returns the meta object for the attribute list '{@link org.itup.model.Enabler#getActivities <em>Activities</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Activities</em>'.
	 * @see org.itup.model.Enabler#getActivities()
	 * @see #getEnabler()
	 * @generated
	 */
	EAttribute getEnabler_Activities();

	/**
	 * Returns the meta object for the attribute list '{@link org.itup.model.Enabler#getContributions <em>Contributions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Contributions</em>'.
	 * @see org.itup.model.Enabler#getContributions()
	 * @see #getEnabler()
	 * @generated
	 */
	EAttribute getEnabler_Contributions();

	/**
	 * Returns the meta object for the attribute list '{@link org.itup.model.Enabler#getResults <em>Results</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Results</em>'.
	 * @see org.itup.model.Enabler#getResults()
	 * @see #getEnabler()
	 * @generated
	 */
	EAttribute getEnabler_Results();

	/**
	 * Returns the meta object for class '{@link org.itup.model.StrategicRisk <em>Strategic Risk</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Strategic Risk</em>'.
	 * @see org.itup.model.StrategicRisk
	 * @generated
	 */
	EClass getStrategicRisk();

	/**
	 * Returns the meta object for the attribute '{@link org.itup.model.StrategicRisk#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.itup.model.StrategicRisk#getTitle()
	 * @see #getStrategicRisk()
	 * @generated
	 */
	EAttribute getStrategicRisk_Title();

	/**
	 * Returns the meta object for the attribute list '{@link org.itup.model.StrategicRisk#getAspects <em>Aspects</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Aspects</em>'.
	 * @see org.itup.model.StrategicRisk#getAspects()
	 * @see #getStrategicRisk()
	 * @generated
	 */
	EAttribute getStrategicRisk_Aspects();

	/**
	 * Returns the meta object for the containment reference list '{@link org.itup.model.StrategicRisk#getMitigations <em>Mitigations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Mitigations</em>'.
	 * @see org.itup.model.StrategicRisk#getMitigations()
	 * @see #getStrategicRisk()
	 * @generated
	 */
	EReference getStrategicRisk_Mitigations();

	/**
	 * Returns the meta object for the attribute '{@link org.itup.model.StrategicRisk#getLikelihood <em>Likelihood</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Likelihood</em>'.
	 * @see org.itup.model.StrategicRisk#getLikelihood()
	 * @see #getStrategicRisk()
	 * @generated
	 */
	EAttribute getStrategicRisk_Likelihood();

	/**
	 * Returns the meta object for the attribute '{@link org.itup.model.StrategicRisk#getImpact <em>Impact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Impact</em>'.
	 * @see org.itup.model.StrategicRisk#getImpact()
	 * @see #getStrategicRisk()
	 * @generated
	 */
	EAttribute getStrategicRisk_Impact();

	/**
	 * Returns the meta object for the attribute '{@link org.itup.model.StrategicRisk#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Owner</em>'.
	 * @see org.itup.model.StrategicRisk#getOwner()
	 * @see #getStrategicRisk()
	 * @generated
	 */
	EAttribute getStrategicRisk_Owner();

	/**
	 * Returns the meta object for class '{@link org.itup.model.Mitigation <em>Mitigation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Mitigation</em>'.
	 * @see org.itup.model.Mitigation
	 * @generated
	 */
	EClass getMitigation();

	/**
	 * Returns the meta object for the attribute '{@link org.itup.model.Mitigation#getTreatment <em>Treatment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Treatment</em>'.
	 * @see org.itup.model.Mitigation#getTreatment()
	 * @see #getMitigation()
	 * @generated
	 */
	EAttribute getMitigation_Treatment();

	/**
	 * Returns the meta object for the attribute '{@link org.itup.model.Mitigation#getStatement <em>Statement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Statement</em>'.
	 * @see org.itup.model.Mitigation#getStatement()
	 * @see #getMitigation()
	 * @generated
	 */
	EAttribute getMitigation_Statement();

	/**
	 * Returns the meta object for class '{@link org.itup.model.SwotItem <em>Swot Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Swot Item</em>'.
	 * @see org.itup.model.SwotItem
	 * @generated
	 */
	EClass getSwotItem();

	/**
	 * Returns the meta object for the attribute '{@link org.itup.model.SwotItem#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.itup.model.SwotItem#getKind()
	 * @see #getSwotItem()
	 * @generated
	 */
	EAttribute getSwotItem_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.itup.model.SwotItem#getStatement <em>Statement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Statement</em>'.
	 * @see org.itup.model.SwotItem#getStatement()
	 * @see #getSwotItem()
	 * @generated
	 */
	EAttribute getSwotItem_Statement();

	/**
	 * Returns the meta object for class '{@link org.itup.model.ImplementationCriterion <em>Implementation Criterion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Implementation Criterion</em>'.
	 * @see org.itup.model.ImplementationCriterion
	 * @generated
	 */
	EClass getImplementationCriterion();

	/**
	 * Returns the meta object for the attribute '{@link org.itup.model.ImplementationCriterion#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.itup.model.ImplementationCriterion#getTitle()
	 * @see #getImplementationCriterion()
	 * @generated
	 */
	EAttribute getImplementationCriterion_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.itup.model.ImplementationCriterion#getStatement <em>Statement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Statement</em>'.
	 * @see org.itup.model.ImplementationCriterion#getStatement()
	 * @see #getImplementationCriterion()
	 * @generated
	 */
	EAttribute getImplementationCriterion_Statement();

	/**
	 * Returns the meta object for the containment reference list '{@link org.itup.model.ImplementationCriterion#getCriteria <em>Criteria</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Criteria</em>'.
	 * @see org.itup.model.ImplementationCriterion#getCriteria()
	 * @see #getImplementationCriterion()
	 * @generated
	 */
	EReference getImplementationCriterion_Criteria();

	/**
	 * Returns the meta object for class '{@link org.itup.model.GlossaryTerm <em>Glossary Term</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Glossary Term</em>'.
	 * @see org.itup.model.GlossaryTerm
	 * @generated
	 */
	EClass getGlossaryTerm();

	/**
	 * Returns the meta object for the attribute '{@link org.itup.model.GlossaryTerm#getTerm <em>Term</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Term</em>'.
	 * @see org.itup.model.GlossaryTerm#getTerm()
	 * @see #getGlossaryTerm()
	 * @generated
	 */
	EAttribute getGlossaryTerm_Term();

	/**
	 * Returns the meta object for the attribute '{@link org.itup.model.GlossaryTerm#getDefinition <em>Definition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Definition</em>'.
	 * @see org.itup.model.GlossaryTerm#getDefinition()
	 * @see #getGlossaryTerm()
	 * @generated
	 */
	EAttribute getGlossaryTerm_Definition();

	/**
	 * Returns the meta object for the containment reference list '{@link org.itup.model.GlossaryTerm#getTranslations <em>Translations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Translations</em>'.
	 * @see org.itup.model.GlossaryTerm#getTranslations()
	 * @see #getGlossaryTerm()
	 * @generated
	 */
	EReference getGlossaryTerm_Translations();

	/**
	 * Returns the meta object for class '{@link org.itup.model.Translation <em>Translation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Translation</em>'.
	 * @see org.itup.model.Translation
	 * @generated
	 */
	EClass getTranslation();

	/**
	 * Returns the meta object for the attribute '{@link org.itup.model.Translation#getLanguage <em>Language</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Language</em>'.
	 * @see org.itup.model.Translation#getLanguage()
	 * @see #getTranslation()
	 * @generated
	 */
	EAttribute getTranslation_Language();

	/**
	 * Returns the meta object for the attribute '{@link org.itup.model.Translation#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.itup.model.Translation#getText()
	 * @see #getTranslation()
	 * @generated
	 */
	EAttribute getTranslation_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.itup.model.Translation#isUnavailable <em>Unavailable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unavailable</em>'.
	 * @see org.itup.model.Translation#isUnavailable()
	 * @see #getTranslation()
	 * @generated
	 */
	EAttribute getTranslation_Unavailable();

	/**
	 * Returns the meta object for class '{@link org.itup.model.PlanFile <em>Plan File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Plan File</em>'.
	 * @see org.itup.model.PlanFile
	 * @generated
	 */
	EClass getPlanFile();

	/**
	 * Returns the meta object for class '{@link org.itup.model.OperationalPlan <em>Operational Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Operational Plan</em>'.
	 * @see org.itup.model.OperationalPlan
	 * @generated
	 */
	EClass getOperationalPlan();

	/**
	 * Returns the meta object for the attribute '{@link org.itup.model.OperationalPlan#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.itup.model.OperationalPlan#getName()
	 * @see #getOperationalPlan()
	 * @generated
	 */
	EAttribute getOperationalPlan_Name();

	/**
	 * Returns the meta object for the reference '{@link org.itup.model.OperationalPlan#getSector <em>Sector</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Sector</em>'.
	 * @see org.itup.model.OperationalPlan#getSector()
	 * @see #getOperationalPlan()
	 * @generated
	 */
	EReference getOperationalPlan_Sector();

	/**
	 * Returns the meta object for the attribute '{@link org.itup.model.OperationalPlan#getYear <em>Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Year</em>'.
	 * @see org.itup.model.OperationalPlan#getYear()
	 * @see #getOperationalPlan()
	 * @generated
	 */
	EAttribute getOperationalPlan_Year();

	/**
	 * Returns the meta object for the reference '{@link org.itup.model.OperationalPlan#getStrategicPlan <em>Strategic Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Strategic Plan</em>'.
	 * @see org.itup.model.OperationalPlan#getStrategicPlan()
	 * @see #getOperationalPlan()
	 * @generated
	 */
	EReference getOperationalPlan_StrategicPlan();

	/**
	 * Returns the meta object for the attribute '{@link org.itup.model.OperationalPlan#getResponsibleUnit <em>Responsible Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Responsible Unit</em>'.
	 * @see org.itup.model.OperationalPlan#getResponsibleUnit()
	 * @see #getOperationalPlan()
	 * @generated
	 */
	EAttribute getOperationalPlan_ResponsibleUnit();

	/**
	 * Returns the meta object for the containment reference list '{@link org.itup.model.OperationalPlan#getObjectives <em>Objectives</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Objectives</em>'.
	 * @see org.itup.model.OperationalPlan#getObjectives()
	 * @see #getOperationalPlan()
	 * @generated
	 */
	EReference getOperationalPlan_Objectives();

	/**
	 * Returns the meta object for the containment reference list '{@link org.itup.model.OperationalPlan#getRetiredOutputs <em>Retired Outputs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Retired Outputs</em>'.
	 * @see org.itup.model.OperationalPlan#getRetiredOutputs()
	 * @see #getOperationalPlan()
	 * @generated
	 */
	EReference getOperationalPlan_RetiredOutputs();

	/**
	 * Returns the meta object for class '{@link org.itup.model.ObjectivePlan <em>Objective Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Objective Plan</em>'.
	 * @see org.itup.model.ObjectivePlan
	 * @generated
	 */
	EClass getObjectivePlan();

	/**
	 * Returns the meta object for the reference '{@link org.itup.model.ObjectivePlan#getObjective <em>Objective</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Objective</em>'.
	 * @see org.itup.model.ObjectivePlan#getObjective()
	 * @see #getObjectivePlan()
	 * @generated
	 */
	EReference getObjectivePlan_Objective();

	/**
	 * Returns the meta object for the containment reference list '{@link org.itup.model.ObjectivePlan#getOutputs <em>Outputs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Outputs</em>'.
	 * @see org.itup.model.ObjectivePlan#getOutputs()
	 * @see #getObjectivePlan()
	 * @generated
	 */
	EReference getObjectivePlan_Outputs();

	/**
	 * Returns the meta object for class '{@link org.itup.model.OutputWork <em>Output Work</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Output Work</em>'.
	 * @see org.itup.model.OutputWork
	 * @generated
	 */
	EClass getOutputWork();

	/**
	 * Returns the meta object for the attribute '{@link org.itup.model.OutputWork#getResponsibleUnit <em>Responsible Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Responsible Unit</em>'.
	 * @see org.itup.model.OutputWork#getResponsibleUnit()
	 * @see #getOutputWork()
	 * @generated
	 */
	EAttribute getOutputWork_ResponsibleUnit();

	/**
	 * Returns the meta object for the attribute list '{@link org.itup.model.OutputWork#getActivities <em>Activities</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Activities</em>'.
	 * @see org.itup.model.OutputWork#getActivities()
	 * @see #getOutputWork()
	 * @generated
	 */
	EAttribute getOutputWork_Activities();

	/**
	 * Returns the meta object for the containment reference list '{@link org.itup.model.OutputWork#getIndicators <em>Indicators</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Indicators</em>'.
	 * @see org.itup.model.OutputWork#getIndicators()
	 * @see #getOutputWork()
	 * @generated
	 */
	EReference getOutputWork_Indicators();

	/**
	 * Returns the meta object for the containment reference list '{@link org.itup.model.OutputWork#getResources <em>Resources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Resources</em>'.
	 * @see org.itup.model.OutputWork#getResources()
	 * @see #getOutputWork()
	 * @generated
	 */
	EReference getOutputWork_Resources();

	/**
	 * Returns the meta object for the containment reference list '{@link org.itup.model.OutputWork#getTimeline <em>Timeline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Timeline</em>'.
	 * @see org.itup.model.OutputWork#getTimeline()
	 * @see #getOutputWork()
	 * @generated
	 */
	EReference getOutputWork_Timeline();

	/**
	 * Returns the meta object for class '{@link org.itup.model.OutputPlan <em>Output Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Output Plan</em>'.
	 * @see org.itup.model.OutputPlan
	 * @generated
	 */
	EClass getOutputPlan();

	/**
	 * Returns the meta object for the reference '{@link org.itup.model.OutputPlan#getOutput <em>Output</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Output</em>'.
	 * @see org.itup.model.OutputPlan#getOutput()
	 * @see #getOutputPlan()
	 * @generated
	 */
	EReference getOutputPlan_Output();

	/**
	 * Returns the meta object for class '{@link org.itup.model.RetiredOutput <em>Retired Output</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Retired Output</em>'.
	 * @see org.itup.model.RetiredOutput
	 * @generated
	 */
	EClass getRetiredOutput();

	/**
	 * Returns the meta object for the attribute '{@link org.itup.model.RetiredOutput#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.itup.model.RetiredOutput#getCode()
	 * @see #getRetiredOutput()
	 * @generated
	 */
	EAttribute getRetiredOutput_Code();

	/**
	 * Returns the meta object for class '{@link org.itup.model.Milestone <em>Milestone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Milestone</em>'.
	 * @see org.itup.model.Milestone
	 * @generated
	 */
	EClass getMilestone();

	/**
	 * Returns the meta object for the attribute '{@link org.itup.model.Milestone#isForecast <em>Forecast</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Forecast</em>'.
	 * @see org.itup.model.Milestone#isForecast()
	 * @see #getMilestone()
	 * @generated
	 */
	EAttribute getMilestone_Forecast();

	/**
	 * Returns the meta object for the attribute '{@link org.itup.model.Milestone#getYear <em>Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Year</em>'.
	 * @see org.itup.model.Milestone#getYear()
	 * @see #getMilestone()
	 * @generated
	 */
	EAttribute getMilestone_Year();

	/**
	 * Returns the meta object for the attribute '{@link org.itup.model.Milestone#getStatement <em>Statement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Statement</em>'.
	 * @see org.itup.model.Milestone#getStatement()
	 * @see #getMilestone()
	 * @generated
	 */
	EAttribute getMilestone_Statement();

	/**
	 * Returns the meta object for class '{@link org.itup.model.Measurable <em>Measurable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Measurable</em>'.
	 * @see org.itup.model.Measurable
	 * @generated
	 */
	EClass getMeasurable();

	/**
	 * Returns the meta object for class '{@link org.itup.model.IndicatorMilestone <em>Indicator Milestone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Indicator Milestone</em>'.
	 * @see org.itup.model.IndicatorMilestone
	 * @generated
	 */
	EClass getIndicatorMilestone();

	/**
	 * Returns the meta object for the attribute '{@link org.itup.model.IndicatorMilestone#getYear <em>Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Year</em>'.
	 * @see org.itup.model.IndicatorMilestone#getYear()
	 * @see #getIndicatorMilestone()
	 * @generated
	 */
	EAttribute getIndicatorMilestone_Year();

	/**
	 * Returns the meta object for the attribute '{@link org.itup.model.IndicatorMilestone#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.itup.model.IndicatorMilestone#getValue()
	 * @see #getIndicatorMilestone()
	 * @generated
	 */
	EAttribute getIndicatorMilestone_Value();

	/**
	 * Returns the meta object for class '{@link org.itup.model.IndicatorBound <em>Indicator Bound</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Indicator Bound</em>'.
	 * @see org.itup.model.IndicatorBound
	 * @generated
	 */
	EClass getIndicatorBound();

	/**
	 * Returns the meta object for the attribute '{@link org.itup.model.IndicatorBound#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.itup.model.IndicatorBound#getKind()
	 * @see #getIndicatorBound()
	 * @generated
	 */
	EAttribute getIndicatorBound_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.itup.model.IndicatorBound#getLow <em>Low</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Low</em>'.
	 * @see org.itup.model.IndicatorBound#getLow()
	 * @see #getIndicatorBound()
	 * @generated
	 */
	EAttribute getIndicatorBound_Low();

	/**
	 * Returns the meta object for the attribute '{@link org.itup.model.IndicatorBound#getHigh <em>High</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>High</em>'.
	 * @see org.itup.model.IndicatorBound#getHigh()
	 * @see #getIndicatorBound()
	 * @generated
	 */
	EAttribute getIndicatorBound_High();

	/**
	 * Returns the meta object for class '{@link org.itup.model.ExchangeRate <em>Exchange Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Exchange Rate</em>'.
	 * @see org.itup.model.ExchangeRate
	 * @generated
	 */
	EClass getExchangeRate();

	/**
	 * Returns the meta object for the attribute '{@link org.itup.model.ExchangeRate#getCurrency <em>Currency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Currency</em>'.
	 * @see org.itup.model.ExchangeRate#getCurrency()
	 * @see #getExchangeRate()
	 * @generated
	 */
	EAttribute getExchangeRate_Currency();

	/**
	 * Returns the meta object for the attribute '{@link org.itup.model.ExchangeRate#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.itup.model.ExchangeRate#getValue()
	 * @see #getExchangeRate()
	 * @generated
	 */
	EAttribute getExchangeRate_Value();

	/**
	 * Returns the meta object for class '{@link org.itup.model.Budget <em>Budget</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Budget</em>'.
	 * @see org.itup.model.Budget
	 * @generated
	 */
	EClass getBudget();

	/**
	 * Returns the meta object for the attribute '{@link org.itup.model.Budget#getAmount <em>Amount</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Amount</em>'.
	 * @see org.itup.model.Budget#getAmount()
	 * @see #getBudget()
	 * @generated
	 */
	EAttribute getBudget_Amount();

	/**
	 * Returns the meta object for the attribute '{@link org.itup.model.Budget#getCurrency <em>Currency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Currency</em>'.
	 * @see org.itup.model.Budget#getCurrency()
	 * @see #getBudget()
	 * @generated
	 */
	EAttribute getBudget_Currency();

	/**
	 * Returns the meta object for the attribute '{@link org.itup.model.Budget#getPeriod <em>Period</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Period</em>'.
	 * @see org.itup.model.Budget#getPeriod()
	 * @see #getBudget()
	 * @generated
	 */
	EAttribute getBudget_Period();

	/**
	 * Returns the meta object for class '{@link org.itup.model.ResourceNeed <em>Resource Need</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Resource Need</em>'.
	 * @see org.itup.model.ResourceNeed
	 * @generated
	 */
	EClass getResourceNeed();

	/**
	 * Returns the meta object for the attribute '{@link org.itup.model.ResourceNeed#getAmount <em>Amount</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Amount</em>'.
	 * @see org.itup.model.ResourceNeed#getAmount()
	 * @see #getResourceNeed()
	 * @generated
	 */
	EAttribute getResourceNeed_Amount();

	/**
	 * Returns the meta object for the attribute '{@link org.itup.model.ResourceNeed#getCurrency <em>Currency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Currency</em>'.
	 * @see org.itup.model.ResourceNeed#getCurrency()
	 * @see #getResourceNeed()
	 * @generated
	 */
	EAttribute getResourceNeed_Currency();

	/**
	 * Returns the meta object for the attribute '{@link org.itup.model.ResourceNeed#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.itup.model.ResourceNeed#getDescription()
	 * @see #getResourceNeed()
	 * @generated
	 */
	EAttribute getResourceNeed_Description();

	/**
	 * Returns the meta object for class '{@link org.itup.model.MonitoringFile <em>Monitoring File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Monitoring File</em>'.
	 * @see org.itup.model.MonitoringFile
	 * @generated
	 */
	EClass getMonitoringFile();

	/**
	 * Returns the meta object for the reference '{@link org.itup.model.MonitoringFile#getPlan <em>Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Plan</em>'.
	 * @see org.itup.model.MonitoringFile#getPlan()
	 * @see #getMonitoringFile()
	 * @generated
	 */
	EReference getMonitoringFile_Plan();

	/**
	 * Returns the meta object for the attribute list '{@link org.itup.model.MonitoringFile#getDataFiles <em>Data Files</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Data Files</em>'.
	 * @see org.itup.model.MonitoringFile#getDataFiles()
	 * @see #getMonitoringFile()
	 * @generated
	 */
	EAttribute getMonitoringFile_DataFiles();

	/**
	 * Returns the meta object for the containment reference list '{@link org.itup.model.MonitoringFile#getMeasurements <em>Measurements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Measurements</em>'.
	 * @see org.itup.model.MonitoringFile#getMeasurements()
	 * @see #getMonitoringFile()
	 * @generated
	 */
	EReference getMonitoringFile_Measurements();

	/**
	 * Returns the meta object for the containment reference list '{@link org.itup.model.MonitoringFile#getExpenditures <em>Expenditures</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Expenditures</em>'.
	 * @see org.itup.model.MonitoringFile#getExpenditures()
	 * @see #getMonitoringFile()
	 * @generated
	 */
	EReference getMonitoringFile_Expenditures();

	/**
	 * Returns the meta object for the containment reference list '{@link org.itup.model.MonitoringFile#getAssessments <em>Assessments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Assessments</em>'.
	 * @see org.itup.model.MonitoringFile#getAssessments()
	 * @see #getMonitoringFile()
	 * @generated
	 */
	EReference getMonitoringFile_Assessments();

	/**
	 * Returns the meta object for class '{@link org.itup.model.Measurement <em>Measurement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Measurement</em>'.
	 * @see org.itup.model.Measurement
	 * @generated
	 */
	EClass getMeasurement();

	/**
	 * Returns the meta object for the reference '{@link org.itup.model.Measurement#getSubject <em>Subject</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Subject</em>'.
	 * @see org.itup.model.Measurement#getSubject()
	 * @see #getMeasurement()
	 * @generated
	 */
	EReference getMeasurement_Subject();

	/**
	 * Returns the meta object for the attribute '{@link org.itup.model.Measurement#getPeriod <em>Period</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Period</em>'.
	 * @see org.itup.model.Measurement#getPeriod()
	 * @see #getMeasurement()
	 * @generated
	 */
	EAttribute getMeasurement_Period();

	/**
	 * Returns the meta object for the attribute '{@link org.itup.model.Measurement#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.itup.model.Measurement#getValue()
	 * @see #getMeasurement()
	 * @generated
	 */
	EAttribute getMeasurement_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.itup.model.Measurement#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see org.itup.model.Measurement#getUnit()
	 * @see #getMeasurement()
	 * @generated
	 */
	EAttribute getMeasurement_Unit();

	/**
	 * Returns the meta object for the attribute '{@link org.itup.model.Measurement#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see org.itup.model.Measurement#getSource()
	 * @see #getMeasurement()
	 * @generated
	 */
	EAttribute getMeasurement_Source();

	/**
	 * Returns the meta object for the attribute '{@link org.itup.model.Measurement#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.itup.model.Measurement#getDate()
	 * @see #getMeasurement()
	 * @generated
	 */
	EAttribute getMeasurement_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.itup.model.Measurement#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see org.itup.model.Measurement#getNote()
	 * @see #getMeasurement()
	 * @generated
	 */
	EAttribute getMeasurement_Note();

	/**
	 * Returns the meta object for class '{@link org.itup.model.Expenditure <em>Expenditure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Expenditure</em>'.
	 * @see org.itup.model.Expenditure
	 * @generated
	 */
	EClass getExpenditure();

	/**
	 * Returns the meta object for the reference '{@link org.itup.model.Expenditure#getElement <em>Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Element</em>'.
	 * @see org.itup.model.Expenditure#getElement()
	 * @see #getExpenditure()
	 * @generated
	 */
	EReference getExpenditure_Element();

	/**
	 * Returns the meta object for the attribute '{@link org.itup.model.Expenditure#getPeriod <em>Period</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Period</em>'.
	 * @see org.itup.model.Expenditure#getPeriod()
	 * @see #getExpenditure()
	 * @generated
	 */
	EAttribute getExpenditure_Period();

	/**
	 * Returns the meta object for the attribute '{@link org.itup.model.Expenditure#getAmount <em>Amount</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Amount</em>'.
	 * @see org.itup.model.Expenditure#getAmount()
	 * @see #getExpenditure()
	 * @generated
	 */
	EAttribute getExpenditure_Amount();

	/**
	 * Returns the meta object for the attribute '{@link org.itup.model.Expenditure#getCurrency <em>Currency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Currency</em>'.
	 * @see org.itup.model.Expenditure#getCurrency()
	 * @see #getExpenditure()
	 * @generated
	 */
	EAttribute getExpenditure_Currency();

	/**
	 * Returns the meta object for class '{@link org.itup.model.Assessment <em>Assessment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Assessment</em>'.
	 * @see org.itup.model.Assessment
	 * @generated
	 */
	EClass getAssessment();

	/**
	 * Returns the meta object for the reference '{@link org.itup.model.Assessment#getObjective <em>Objective</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Objective</em>'.
	 * @see org.itup.model.Assessment#getObjective()
	 * @see #getAssessment()
	 * @generated
	 */
	EReference getAssessment_Objective();

	/**
	 * Returns the meta object for the attribute '{@link org.itup.model.Assessment#getPeriod <em>Period</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Period</em>'.
	 * @see org.itup.model.Assessment#getPeriod()
	 * @see #getAssessment()
	 * @generated
	 */
	EAttribute getAssessment_Period();

	/**
	 * Returns the meta object for the attribute '{@link org.itup.model.Assessment#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.itup.model.Assessment#getText()
	 * @see #getAssessment()
	 * @generated
	 */
	EAttribute getAssessment_Text();

	/**
	 * Returns the meta object for class '{@link org.itup.model.CodeScheme <em>Code Scheme</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Code Scheme</em>'.
	 * @see org.itup.model.CodeScheme
	 * @generated
	 */
	EClass getCodeScheme();

	/**
	 * Returns the meta object for the attribute '{@link org.itup.model.CodeScheme#getLevel <em>Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Level</em>'.
	 * @see org.itup.model.CodeScheme#getLevel()
	 * @see #getCodeScheme()
	 * @generated
	 */
	EAttribute getCodeScheme_Level();

	/**
	 * Returns the meta object for the attribute '{@link org.itup.model.CodeScheme#getPattern <em>Pattern</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pattern</em>'.
	 * @see org.itup.model.CodeScheme#getPattern()
	 * @see #getCodeScheme()
	 * @generated
	 */
	EAttribute getCodeScheme_Pattern();

	/**
	 * Returns the meta object for the attribute '{@link org.itup.model.CodeScheme#isOfficial <em>Official</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Official</em>'.
	 * @see org.itup.model.CodeScheme#isOfficial()
	 * @see #getCodeScheme()
	 * @generated
	 */
	EAttribute getCodeScheme_Official();

	/**
	 * Returns the meta object for class '{@link org.itup.model.Vocabulary <em>Vocabulary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Vocabulary</em>'.
	 * @see org.itup.model.Vocabulary
	 * @generated
	 */
	EClass getVocabulary();

	/**
	 * Returns the meta object for the containment reference list '{@link org.itup.model.Vocabulary#getLevels <em>Levels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Levels</em>'.
	 * @see org.itup.model.Vocabulary#getLevels()
	 * @see #getVocabulary()
	 * @generated
	 */
	EReference getVocabulary_Levels();

	/**
	 * Returns the meta object for class '{@link org.itup.model.LevelName <em>Level Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Level Name</em>'.
	 * @see org.itup.model.LevelName
	 * @generated
	 */
	EClass getLevelName();

	/**
	 * Returns the meta object for the attribute '{@link org.itup.model.LevelName#getLevel <em>Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Level</em>'.
	 * @see org.itup.model.LevelName#getLevel()
	 * @see #getLevelName()
	 * @generated
	 */
	EAttribute getLevelName_Level();

	/**
	 * Returns the meta object for the attribute '{@link org.itup.model.LevelName#getKeyword <em>Keyword</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Keyword</em>'.
	 * @see org.itup.model.LevelName#getKeyword()
	 * @see #getLevelName()
	 * @generated
	 */
	EAttribute getLevelName_Keyword();

	/**
	 * Returns the meta object for the attribute '{@link org.itup.model.LevelName#getSingular <em>Singular</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Singular</em>'.
	 * @see org.itup.model.LevelName#getSingular()
	 * @see #getLevelName()
	 * @generated
	 */
	EAttribute getLevelName_Singular();

	/**
	 * Returns the meta object for the attribute '{@link org.itup.model.LevelName#getPlural <em>Plural</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Plural</em>'.
	 * @see org.itup.model.LevelName#getPlural()
	 * @see #getLevelName()
	 * @generated
	 */
	EAttribute getLevelName_Plural();

	/**
	 * Returns the meta object for enum '{@link org.itup.model.BoundKind <em>Bound Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Bound Kind</em>'.
	 * @see org.itup.model.BoundKind
	 * @generated
	 */
	EEnum getBoundKind();

	/**
	 * Returns the meta object for enum '{@link org.itup.model.ReportingFrequency <em>Reporting Frequency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Reporting Frequency</em>'.
	 * @see org.itup.model.ReportingFrequency
	 * @generated
	 */
	EEnum getReportingFrequency();

	/**
	 * Returns the meta object for enum '{@link org.itup.model.TargetKind <em>Target Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Target Kind</em>'.
	 * @see org.itup.model.TargetKind
	 * @generated
	 */
	EEnum getTargetKind();

	/**
	 * Returns the meta object for enum '{@link org.itup.model.SectorKind <em>Sector Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Sector Kind</em>'.
	 * @see org.itup.model.SectorKind
	 * @generated
	 */
	EEnum getSectorKind();

	/**
	 * Returns the meta object for enum '{@link org.itup.model.IndicatorDirection <em>Indicator Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Indicator Direction</em>'.
	 * @see org.itup.model.IndicatorDirection
	 * @generated
	 */
	EEnum getIndicatorDirection();

	/**
	 * Returns the meta object for enum '{@link org.itup.model.RiskTreatment <em>Risk Treatment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Risk Treatment</em>'.
	 * @see org.itup.model.RiskTreatment
	 * @generated
	 */
	EEnum getRiskTreatment();

	/**
	 * Returns the meta object for enum '{@link org.itup.model.CodedLevel <em>Coded Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Coded Level</em>'.
	 * @see org.itup.model.CodedLevel
	 * @generated
	 */
	EEnum getCodedLevel();

	/**
	 * Returns the meta object for enum '{@link org.itup.model.SwotKind <em>Swot Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Swot Kind</em>'.
	 * @see org.itup.model.SwotKind
	 * @generated
	 */
	EEnum getSwotKind();

	/**
	 * Returns the meta object for enum '{@link org.itup.model.PlanLevel <em>Plan Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Plan Level</em>'.
	 * @see org.itup.model.PlanLevel
	 * @generated
	 */
	EEnum getPlanLevel();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	ItupFactory getItupFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals
	{
		/**
		 * The meta object literal for the '{@link org.itup.model.impl.PlanImpl <em>Plan</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.itup.model.impl.PlanImpl
		 * @see org.itup.model.impl.ItupPackageImpl#getPlan()
		 * @generated
		 */
		EClass PLAN = eINSTANCE.getPlan();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN__NAME = eINSTANCE.getPlan_Name();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN__TITLE = eINSTANCE.getPlan_Title();

		/**
		 * The meta object literal for the '<em><b>Start Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN__START_YEAR = eINSTANCE.getPlan_StartYear();

		/**
		 * The meta object literal for the '<em><b>End Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN__END_YEAR = eINSTANCE.getPlan_EndYear();

		/**
		 * The meta object literal for the '<em><b>Adopted By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN__ADOPTED_BY = eINSTANCE.getPlan_AdoptedBy();

		/**
		 * The meta object literal for the '<em><b>Vision</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN__VISION = eINSTANCE.getPlan_Vision();

		/**
		 * The meta object literal for the '<em><b>Mission</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN__MISSION = eINSTANCE.getPlan_Mission();

		/**
		 * The meta object literal for the '<em><b>Currency</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN__CURRENCY = eINSTANCE.getPlan_Currency();

		/**
		 * The meta object literal for the '<em><b>Rates</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__RATES = eINSTANCE.getPlan_Rates();

		/**
		 * The meta object literal for the '<em><b>Imports</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__IMPORTS = eINSTANCE.getPlan_Imports();

		/**
		 * The meta object literal for the '<em><b>Sector Order</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__SECTOR_ORDER = eINSTANCE.getPlan_SectorOrder();

		/**
		 * The meta object literal for the '<em><b>Values</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__VALUES = eINSTANCE.getPlan_Values();

		/**
		 * The meta object literal for the '<em><b>Goals</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__GOALS = eINSTANCE.getPlan_Goals();

		/**
		 * The meta object literal for the '<em><b>Sectors</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__SECTORS = eINSTANCE.getPlan_Sectors();

		/**
		 * The meta object literal for the '<em><b>Risks</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__RISKS = eINSTANCE.getPlan_Risks();

		/**
		 * The meta object literal for the '<em><b>Swot</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__SWOT = eINSTANCE.getPlan_Swot();

		/**
		 * The meta object literal for the '<em><b>Wsis Action Lines</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN__WSIS_ACTION_LINES = eINSTANCE.getPlan_WsisActionLines();

		/**
		 * The meta object literal for the '<em><b>Sdg Custodian Indicators</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN__SDG_CUSTODIAN_INDICATORS = eINSTANCE.getPlan_SdgCustodianIndicators();

		/**
		 * The meta object literal for the '<em><b>Criteria</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__CRITERIA = eINSTANCE.getPlan_Criteria();

		/**
		 * The meta object literal for the '<em><b>Glossary</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__GLOSSARY = eINSTANCE.getPlan_Glossary();

		/**
		 * The meta object literal for the '<em><b>Languages</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN__LANGUAGES = eINSTANCE.getPlan_Languages();

		/**
		 * The meta object literal for the '<em><b>Official Codes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN__OFFICIAL_CODES = eINSTANCE.getPlan_OfficialCodes();

		/**
		 * The meta object literal for the '<em><b>Risk Scale</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN__RISK_SCALE = eINSTANCE.getPlan_RiskScale();

		/**
		 * The meta object literal for the '<em><b>Vocabulary</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__VOCABULARY = eINSTANCE.getPlan_Vocabulary();

		/**
		 * The meta object literal for the '<em><b>Code Schemes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__CODE_SCHEMES = eINSTANCE.getPlan_CodeSchemes();

		/**
		 * The meta object literal for the '{@link org.itup.model.impl.ImportImpl <em>Import</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.itup.model.impl.ImportImpl
		 * @see org.itup.model.impl.ItupPackageImpl#getImport()
		 * @generated
		 */
		EClass IMPORT = eINSTANCE.getImport();

		/**
		 * The meta object literal for the '<em><b>Plan</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference IMPORT__PLAN = eINSTANCE.getImport_Plan();

		/**
		 * The meta object literal for the '{@link org.itup.model.impl.PlanElementImpl <em>Plan Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.itup.model.impl.PlanElementImpl
		 * @see org.itup.model.impl.ItupPackageImpl#getPlanElement()
		 * @generated
		 */
		EClass PLAN_ELEMENT = eINSTANCE.getPlanElement();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_ELEMENT__NAME = eINSTANCE.getPlanElement_Name();

		/**
		 * The meta object literal for the '<em><b>Replaces</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_ELEMENT__REPLACES = eINSTANCE.getPlanElement_Replaces();

		/**
		 * The meta object literal for the '<em><b>Official</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_ELEMENT__OFFICIAL = eINSTANCE.getPlanElement_Official();

		/**
		 * The meta object literal for the '{@link org.itup.model.impl.CoreValueImpl <em>Core Value</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.itup.model.impl.CoreValueImpl
		 * @see org.itup.model.impl.ItupPackageImpl#getCoreValue()
		 * @generated
		 */
		EClass CORE_VALUE = eINSTANCE.getCoreValue();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CORE_VALUE__TITLE = eINSTANCE.getCoreValue_Title();

		/**
		 * The meta object literal for the '<em><b>Statement</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CORE_VALUE__STATEMENT = eINSTANCE.getCoreValue_Statement();

		/**
		 * The meta object literal for the '{@link org.itup.model.impl.GoalImpl <em>Goal</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.itup.model.impl.GoalImpl
		 * @see org.itup.model.impl.ItupPackageImpl#getGoal()
		 * @generated
		 */
		EClass GOAL = eINSTANCE.getGoal();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GOAL__TITLE = eINSTANCE.getGoal_Title();

		/**
		 * The meta object literal for the '<em><b>Statement</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GOAL__STATEMENT = eINSTANCE.getGoal_Statement();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GOAL__DESCRIPTION = eINSTANCE.getGoal_Description();

		/**
		 * The meta object literal for the '<em><b>Targets</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GOAL__TARGETS = eINSTANCE.getGoal_Targets();

		/**
		 * The meta object literal for the '<em><b>Sdg Links</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GOAL__SDG_LINKS = eINSTANCE.getGoal_SdgLinks();

		/**
		 * The meta object literal for the '<em><b>Wsis Action Lines</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GOAL__WSIS_ACTION_LINES = eINSTANCE.getGoal_WsisActionLines();

		/**
		 * The meta object literal for the '{@link org.itup.model.impl.TargetImpl <em>Target</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.itup.model.impl.TargetImpl
		 * @see org.itup.model.impl.ItupPackageImpl#getTarget()
		 * @generated
		 */
		EClass TARGET = eINSTANCE.getTarget();

		/**
		 * The meta object literal for the '<em><b>Statement</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TARGET__STATEMENT = eINSTANCE.getTarget_Statement();

		/**
		 * The meta object literal for the '<em><b>Deadline</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TARGET__DEADLINE = eINSTANCE.getTarget_Deadline();

		/**
		 * The meta object literal for the '<em><b>Horizon</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TARGET__HORIZON = eINSTANCE.getTarget_Horizon();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TARGET__KIND = eINSTANCE.getTarget_Kind();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TARGET__VALUE = eINSTANCE.getTarget_Value();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TARGET__UNIT = eINSTANCE.getTarget_Unit();

		/**
		 * The meta object literal for the '<em><b>Baseline</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TARGET__BASELINE = eINSTANCE.getTarget_Baseline();

		/**
		 * The meta object literal for the '<em><b>Population</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TARGET__POPULATION = eINSTANCE.getTarget_Population();

		/**
		 * The meta object literal for the '<em><b>Indicators</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TARGET__INDICATORS = eINSTANCE.getTarget_Indicators();

		/**
		 * The meta object literal for the '{@link org.itup.model.impl.BaselineImpl <em>Baseline</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.itup.model.impl.BaselineImpl
		 * @see org.itup.model.impl.ItupPackageImpl#getBaseline()
		 * @generated
		 */
		EClass BASELINE = eINSTANCE.getBaseline();

		/**
		 * The meta object literal for the '<em><b>Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BASELINE__YEAR = eINSTANCE.getBaseline_Year();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BASELINE__VALUE = eINSTANCE.getBaseline_Value();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BASELINE__UNIT = eINSTANCE.getBaseline_Unit();

		/**
		 * The meta object literal for the '<em><b>Measured</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BASELINE__MEASURED = eINSTANCE.getBaseline_Measured();

		/**
		 * The meta object literal for the '{@link org.itup.model.impl.SdgLinkImpl <em>Sdg Link</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.itup.model.impl.SdgLinkImpl
		 * @see org.itup.model.impl.ItupPackageImpl#getSdgLink()
		 * @generated
		 */
		EClass SDG_LINK = eINSTANCE.getSdgLink();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SDG_LINK__TARGET = eINSTANCE.getSdgLink_Target();

		/**
		 * The meta object literal for the '<em><b>Indicators</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SDG_LINK__INDICATORS = eINSTANCE.getSdgLink_Indicators();

		/**
		 * The meta object literal for the '{@link org.itup.model.impl.SectorImpl <em>Sector</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.itup.model.impl.SectorImpl
		 * @see org.itup.model.impl.ItupPackageImpl#getSector()
		 * @generated
		 */
		EClass SECTOR = eINSTANCE.getSector();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SECTOR__KIND = eINSTANCE.getSector_Kind();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SECTOR__TITLE = eINSTANCE.getSector_Title();

		/**
		 * The meta object literal for the '<em><b>Bureau</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SECTOR__BUREAU = eINSTANCE.getSector_Bureau();

		/**
		 * The meta object literal for the '<em><b>Objectives</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SECTOR__OBJECTIVES = eINSTANCE.getSector_Objectives();

		/**
		 * The meta object literal for the '<em><b>Enablers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SECTOR__ENABLERS = eINSTANCE.getSector_Enablers();

		/**
		 * The meta object literal for the '<em><b>Budgets</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SECTOR__BUDGETS = eINSTANCE.getSector_Budgets();

		/**
		 * The meta object literal for the '{@link org.itup.model.impl.BureauImpl <em>Bureau</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.itup.model.impl.BureauImpl
		 * @see org.itup.model.impl.ItupPackageImpl#getBureau()
		 * @generated
		 */
		EClass BUREAU = eINSTANCE.getBureau();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUREAU__TITLE = eINSTANCE.getBureau_Title();

		/**
		 * The meta object literal for the '{@link org.itup.model.impl.ObjectiveImpl <em>Objective</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.itup.model.impl.ObjectiveImpl
		 * @see org.itup.model.impl.ItupPackageImpl#getObjective()
		 * @generated
		 */
		EClass OBJECTIVE = eINSTANCE.getObjective();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OBJECTIVE__TITLE = eINSTANCE.getObjective_Title();

		/**
		 * The meta object literal for the '<em><b>Statement</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OBJECTIVE__STATEMENT = eINSTANCE.getObjective_Statement();

		/**
		 * The meta object literal for the '<em><b>Primary Goals</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OBJECTIVE__PRIMARY_GOALS = eINSTANCE.getObjective_PrimaryGoals();

		/**
		 * The meta object literal for the '<em><b>Secondary Goals</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OBJECTIVE__SECONDARY_GOALS = eINSTANCE.getObjective_SecondaryGoals();

		/**
		 * The meta object literal for the '<em><b>Wsis Action Lines</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OBJECTIVE__WSIS_ACTION_LINES = eINSTANCE.getObjective_WsisActionLines();

		/**
		 * The meta object literal for the '<em><b>Outcomes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OBJECTIVE__OUTCOMES = eINSTANCE.getObjective_Outcomes();

		/**
		 * The meta object literal for the '<em><b>Outputs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OBJECTIVE__OUTPUTS = eINSTANCE.getObjective_Outputs();

		/**
		 * The meta object literal for the '<em><b>Indicators</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OBJECTIVE__INDICATORS = eINSTANCE.getObjective_Indicators();

		/**
		 * The meta object literal for the '<em><b>Budgets</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OBJECTIVE__BUDGETS = eINSTANCE.getObjective_Budgets();

		/**
		 * The meta object literal for the '<em><b>Contributors</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OBJECTIVE__CONTRIBUTORS = eINSTANCE.getObjective_Contributors();

		/**
		 * The meta object literal for the '{@link org.itup.model.impl.OutcomeImpl <em>Outcome</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.itup.model.impl.OutcomeImpl
		 * @see org.itup.model.impl.ItupPackageImpl#getOutcome()
		 * @generated
		 */
		EClass OUTCOME = eINSTANCE.getOutcome();

		/**
		 * The meta object literal for the '<em><b>Statement</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OUTCOME__STATEMENT = eINSTANCE.getOutcome_Statement();

		/**
		 * The meta object literal for the '<em><b>Indicators</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OUTCOME__INDICATORS = eINSTANCE.getOutcome_Indicators();

		/**
		 * The meta object literal for the '{@link org.itup.model.impl.OutputImpl <em>Output</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.itup.model.impl.OutputImpl
		 * @see org.itup.model.impl.ItupPackageImpl#getOutput()
		 * @generated
		 */
		EClass OUTPUT = eINSTANCE.getOutput();

		/**
		 * The meta object literal for the '<em><b>Statement</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OUTPUT__STATEMENT = eINSTANCE.getOutput_Statement();

		/**
		 * The meta object literal for the '<em><b>Indicators</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OUTPUT__INDICATORS = eINSTANCE.getOutput_Indicators();

		/**
		 * The meta object literal for the '<em><b>Budgets</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OUTPUT__BUDGETS = eINSTANCE.getOutput_Budgets();

		/**
		 * The meta object literal for the '{@link org.itup.model.impl.PerformanceIndicatorImpl <em>Performance Indicator</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.itup.model.impl.PerformanceIndicatorImpl
		 * @see org.itup.model.impl.ItupPackageImpl#getPerformanceIndicator()
		 * @generated
		 */
		EClass PERFORMANCE_INDICATOR = eINSTANCE.getPerformanceIndicator();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERFORMANCE_INDICATOR__TITLE = eINSTANCE.getPerformanceIndicator_Title();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERFORMANCE_INDICATOR__UNIT = eINSTANCE.getPerformanceIndicator_Unit();

		/**
		 * The meta object literal for the '<em><b>Baseline</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PERFORMANCE_INDICATOR__BASELINE = eINSTANCE.getPerformanceIndicator_Baseline();

		/**
		 * The meta object literal for the '<em><b>Milestones</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PERFORMANCE_INDICATOR__MILESTONES = eINSTANCE.getPerformanceIndicator_Milestones();

		/**
		 * The meta object literal for the '<em><b>Target Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERFORMANCE_INDICATOR__TARGET_VALUE = eINSTANCE.getPerformanceIndicator_TargetValue();

		/**
		 * The meta object literal for the '<em><b>Target Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERFORMANCE_INDICATOR__TARGET_YEAR = eINSTANCE.getPerformanceIndicator_TargetYear();

		/**
		 * The meta object literal for the '<em><b>Direction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERFORMANCE_INDICATOR__DIRECTION = eINSTANCE.getPerformanceIndicator_Direction();

		/**
		 * The meta object literal for the '<em><b>Bound</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PERFORMANCE_INDICATOR__BOUND = eINSTANCE.getPerformanceIndicator_Bound();

		/**
		 * The meta object literal for the '<em><b>Data Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERFORMANCE_INDICATOR__DATA_SOURCE = eINSTANCE.getPerformanceIndicator_DataSource();

		/**
		 * The meta object literal for the '<em><b>Frequency</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERFORMANCE_INDICATOR__FREQUENCY = eINSTANCE.getPerformanceIndicator_Frequency();

		/**
		 * The meta object literal for the '<em><b>Responsible Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERFORMANCE_INDICATOR__RESPONSIBLE_UNIT = eINSTANCE.getPerformanceIndicator_ResponsibleUnit();

		/**
		 * The meta object literal for the '{@link org.itup.model.impl.EnablerImpl <em>Enabler</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.itup.model.impl.EnablerImpl
		 * @see org.itup.model.impl.ItupPackageImpl#getEnabler()
		 * @generated
		 */
		EClass ENABLER = eINSTANCE.getEnabler();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENABLER__TITLE = eINSTANCE.getEnabler_Title();

		/**
		 * The meta object literal for the '<em><b>Supports All</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENABLER__SUPPORTS_ALL = eINSTANCE.getEnabler_SupportsAll();

		/**
		 * The meta object literal for the '<em><b>Supported Objectives</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENABLER__SUPPORTED_OBJECTIVES = eINSTANCE.getEnabler_SupportedObjectives();

		/**
		 * The meta object literal for the '<em><b>Activities</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENABLER__ACTIVITIES = eINSTANCE.getEnabler_Activities();

		/**
		 * The meta object literal for the '<em><b>Contributions</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENABLER__CONTRIBUTIONS = eINSTANCE.getEnabler_Contributions();

		/**
		 * The meta object literal for the '<em><b>Results</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENABLER__RESULTS = eINSTANCE.getEnabler_Results();

		/**
		 * The meta object literal for the '{@link org.itup.model.impl.StrategicRiskImpl <em>Strategic Risk</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.itup.model.impl.StrategicRiskImpl
		 * @see org.itup.model.impl.ItupPackageImpl#getStrategicRisk()
		 * @generated
		 */
		EClass STRATEGIC_RISK = eINSTANCE.getStrategicRisk();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STRATEGIC_RISK__TITLE = eINSTANCE.getStrategicRisk_Title();

		/**
		 * The meta object literal for the '<em><b>Aspects</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STRATEGIC_RISK__ASPECTS = eINSTANCE.getStrategicRisk_Aspects();

		/**
		 * The meta object literal for the '<em><b>Mitigations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STRATEGIC_RISK__MITIGATIONS = eINSTANCE.getStrategicRisk_Mitigations();

		/**
		 * The meta object literal for the '<em><b>Likelihood</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STRATEGIC_RISK__LIKELIHOOD = eINSTANCE.getStrategicRisk_Likelihood();

		/**
		 * The meta object literal for the '<em><b>Impact</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STRATEGIC_RISK__IMPACT = eINSTANCE.getStrategicRisk_Impact();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STRATEGIC_RISK__OWNER = eINSTANCE.getStrategicRisk_Owner();

		/**
		 * The meta object literal for the '{@link org.itup.model.impl.MitigationImpl <em>Mitigation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.itup.model.impl.MitigationImpl
		 * @see org.itup.model.impl.ItupPackageImpl#getMitigation()
		 * @generated
		 */
		EClass MITIGATION = eINSTANCE.getMitigation();

		/**
		 * The meta object literal for the '<em><b>Treatment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MITIGATION__TREATMENT = eINSTANCE.getMitigation_Treatment();

		/**
		 * The meta object literal for the '<em><b>Statement</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MITIGATION__STATEMENT = eINSTANCE.getMitigation_Statement();

		/**
		 * The meta object literal for the '{@link org.itup.model.impl.SwotItemImpl <em>Swot Item</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.itup.model.impl.SwotItemImpl
		 * @see org.itup.model.impl.ItupPackageImpl#getSwotItem()
		 * @generated
		 */
		EClass SWOT_ITEM = eINSTANCE.getSwotItem();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SWOT_ITEM__KIND = eINSTANCE.getSwotItem_Kind();

		/**
		 * The meta object literal for the '<em><b>Statement</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SWOT_ITEM__STATEMENT = eINSTANCE.getSwotItem_Statement();

		/**
		 * The meta object literal for the '{@link org.itup.model.impl.ImplementationCriterionImpl <em>Implementation Criterion</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.itup.model.impl.ImplementationCriterionImpl
		 * @see org.itup.model.impl.ItupPackageImpl#getImplementationCriterion()
		 * @generated
		 */
		EClass IMPLEMENTATION_CRITERION = eINSTANCE.getImplementationCriterion();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPLEMENTATION_CRITERION__TITLE = eINSTANCE.getImplementationCriterion_Title();

		/**
		 * The meta object literal for the '<em><b>Statement</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPLEMENTATION_CRITERION__STATEMENT = eINSTANCE.getImplementationCriterion_Statement();

		/**
		 * The meta object literal for the '<em><b>Criteria</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference IMPLEMENTATION_CRITERION__CRITERIA = eINSTANCE.getImplementationCriterion_Criteria();

		/**
		 * The meta object literal for the '{@link org.itup.model.impl.GlossaryTermImpl <em>Glossary Term</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.itup.model.impl.GlossaryTermImpl
		 * @see org.itup.model.impl.ItupPackageImpl#getGlossaryTerm()
		 * @generated
		 */
		EClass GLOSSARY_TERM = eINSTANCE.getGlossaryTerm();

		/**
		 * The meta object literal for the '<em><b>Term</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GLOSSARY_TERM__TERM = eINSTANCE.getGlossaryTerm_Term();

		/**
		 * The meta object literal for the '<em><b>Definition</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GLOSSARY_TERM__DEFINITION = eINSTANCE.getGlossaryTerm_Definition();

		/**
		 * The meta object literal for the '<em><b>Translations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GLOSSARY_TERM__TRANSLATIONS = eINSTANCE.getGlossaryTerm_Translations();

		/**
		 * The meta object literal for the '{@link org.itup.model.impl.TranslationImpl <em>Translation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.itup.model.impl.TranslationImpl
		 * @see org.itup.model.impl.ItupPackageImpl#getTranslation()
		 * @generated
		 */
		EClass TRANSLATION = eINSTANCE.getTranslation();

		/**
		 * The meta object literal for the '<em><b>Language</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRANSLATION__LANGUAGE = eINSTANCE.getTranslation_Language();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRANSLATION__TEXT = eINSTANCE.getTranslation_Text();

		/**
		 * The meta object literal for the '<em><b>Unavailable</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRANSLATION__UNAVAILABLE = eINSTANCE.getTranslation_Unavailable();

		/**
		 * The meta object literal for the '{@link org.itup.model.impl.PlanFileImpl <em>Plan File</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.itup.model.impl.PlanFileImpl
		 * @see org.itup.model.impl.ItupPackageImpl#getPlanFile()
		 * @generated
		 */
		EClass PLAN_FILE = eINSTANCE.getPlanFile();

		/**
		 * The meta object literal for the '{@link org.itup.model.impl.OperationalPlanImpl <em>Operational Plan</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.itup.model.impl.OperationalPlanImpl
		 * @see org.itup.model.impl.ItupPackageImpl#getOperationalPlan()
		 * @generated
		 */
		EClass OPERATIONAL_PLAN = eINSTANCE.getOperationalPlan();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPERATIONAL_PLAN__NAME = eINSTANCE.getOperationalPlan_Name();

		/**
		 * The meta object literal for the '<em><b>Sector</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OPERATIONAL_PLAN__SECTOR = eINSTANCE.getOperationalPlan_Sector();

		/**
		 * The meta object literal for the '<em><b>Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPERATIONAL_PLAN__YEAR = eINSTANCE.getOperationalPlan_Year();

		/**
		 * The meta object literal for the '<em><b>Strategic Plan</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OPERATIONAL_PLAN__STRATEGIC_PLAN = eINSTANCE.getOperationalPlan_StrategicPlan();

		/**
		 * The meta object literal for the '<em><b>Responsible Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPERATIONAL_PLAN__RESPONSIBLE_UNIT = eINSTANCE.getOperationalPlan_ResponsibleUnit();

		/**
		 * The meta object literal for the '<em><b>Objectives</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OPERATIONAL_PLAN__OBJECTIVES = eINSTANCE.getOperationalPlan_Objectives();

		/**
		 * The meta object literal for the '<em><b>Retired Outputs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OPERATIONAL_PLAN__RETIRED_OUTPUTS = eINSTANCE.getOperationalPlan_RetiredOutputs();

		/**
		 * The meta object literal for the '{@link org.itup.model.impl.ObjectivePlanImpl <em>Objective Plan</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.itup.model.impl.ObjectivePlanImpl
		 * @see org.itup.model.impl.ItupPackageImpl#getObjectivePlan()
		 * @generated
		 */
		EClass OBJECTIVE_PLAN = eINSTANCE.getObjectivePlan();

		/**
		 * The meta object literal for the '<em><b>Objective</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OBJECTIVE_PLAN__OBJECTIVE = eINSTANCE.getObjectivePlan_Objective();

		/**
		 * The meta object literal for the '<em><b>Outputs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OBJECTIVE_PLAN__OUTPUTS = eINSTANCE.getObjectivePlan_Outputs();

		/**
		 * The meta object literal for the '{@link org.itup.model.impl.OutputWorkImpl <em>Output Work</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.itup.model.impl.OutputWorkImpl
		 * @see org.itup.model.impl.ItupPackageImpl#getOutputWork()
		 * @generated
		 */
		EClass OUTPUT_WORK = eINSTANCE.getOutputWork();

		/**
		 * The meta object literal for the '<em><b>Responsible Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OUTPUT_WORK__RESPONSIBLE_UNIT = eINSTANCE.getOutputWork_ResponsibleUnit();

		/**
		 * The meta object literal for the '<em><b>Activities</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OUTPUT_WORK__ACTIVITIES = eINSTANCE.getOutputWork_Activities();

		/**
		 * The meta object literal for the '<em><b>Indicators</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OUTPUT_WORK__INDICATORS = eINSTANCE.getOutputWork_Indicators();

		/**
		 * The meta object literal for the '<em><b>Resources</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OUTPUT_WORK__RESOURCES = eINSTANCE.getOutputWork_Resources();

		/**
		 * The meta object literal for the '<em><b>Timeline</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OUTPUT_WORK__TIMELINE = eINSTANCE.getOutputWork_Timeline();

		/**
		 * The meta object literal for the '{@link org.itup.model.impl.OutputPlanImpl <em>Output Plan</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.itup.model.impl.OutputPlanImpl
		 * @see org.itup.model.impl.ItupPackageImpl#getOutputPlan()
		 * @generated
		 */
		EClass OUTPUT_PLAN = eINSTANCE.getOutputPlan();

		/**
		 * The meta object literal for the '<em><b>Output</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OUTPUT_PLAN__OUTPUT = eINSTANCE.getOutputPlan_Output();

		/**
		 * The meta object literal for the '{@link org.itup.model.impl.RetiredOutputImpl <em>Retired Output</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.itup.model.impl.RetiredOutputImpl
		 * @see org.itup.model.impl.ItupPackageImpl#getRetiredOutput()
		 * @generated
		 */
		EClass RETIRED_OUTPUT = eINSTANCE.getRetiredOutput();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETIRED_OUTPUT__CODE = eINSTANCE.getRetiredOutput_Code();

		/**
		 * The meta object literal for the '{@link org.itup.model.impl.MilestoneImpl <em>Milestone</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.itup.model.impl.MilestoneImpl
		 * @see org.itup.model.impl.ItupPackageImpl#getMilestone()
		 * @generated
		 */
		EClass MILESTONE = eINSTANCE.getMilestone();

		/**
		 * The meta object literal for the '<em><b>Forecast</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MILESTONE__FORECAST = eINSTANCE.getMilestone_Forecast();

		/**
		 * The meta object literal for the '<em><b>Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MILESTONE__YEAR = eINSTANCE.getMilestone_Year();

		/**
		 * The meta object literal for the '<em><b>Statement</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MILESTONE__STATEMENT = eINSTANCE.getMilestone_Statement();

		/**
		 * The meta object literal for the '{@link org.itup.model.impl.MeasurableImpl <em>Measurable</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.itup.model.impl.MeasurableImpl
		 * @see org.itup.model.impl.ItupPackageImpl#getMeasurable()
		 * @generated
		 */
		EClass MEASURABLE = eINSTANCE.getMeasurable();

		/**
		 * The meta object literal for the '{@link org.itup.model.impl.IndicatorMilestoneImpl <em>Indicator Milestone</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.itup.model.impl.IndicatorMilestoneImpl
		 * @see org.itup.model.impl.ItupPackageImpl#getIndicatorMilestone()
		 * @generated
		 */
		EClass INDICATOR_MILESTONE = eINSTANCE.getIndicatorMilestone();

		/**
		 * The meta object literal for the '<em><b>Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR_MILESTONE__YEAR = eINSTANCE.getIndicatorMilestone_Year();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR_MILESTONE__VALUE = eINSTANCE.getIndicatorMilestone_Value();

		/**
		 * The meta object literal for the '{@link org.itup.model.impl.IndicatorBoundImpl <em>Indicator Bound</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.itup.model.impl.IndicatorBoundImpl
		 * @see org.itup.model.impl.ItupPackageImpl#getIndicatorBound()
		 * @generated
		 */
		EClass INDICATOR_BOUND = eINSTANCE.getIndicatorBound();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR_BOUND__KIND = eINSTANCE.getIndicatorBound_Kind();

		/**
		 * The meta object literal for the '<em><b>Low</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR_BOUND__LOW = eINSTANCE.getIndicatorBound_Low();

		/**
		 * The meta object literal for the '<em><b>High</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR_BOUND__HIGH = eINSTANCE.getIndicatorBound_High();

		/**
		 * The meta object literal for the '{@link org.itup.model.impl.ExchangeRateImpl <em>Exchange Rate</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.itup.model.impl.ExchangeRateImpl
		 * @see org.itup.model.impl.ItupPackageImpl#getExchangeRate()
		 * @generated
		 */
		EClass EXCHANGE_RATE = eINSTANCE.getExchangeRate();

		/**
		 * The meta object literal for the '<em><b>Currency</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXCHANGE_RATE__CURRENCY = eINSTANCE.getExchangeRate_Currency();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXCHANGE_RATE__VALUE = eINSTANCE.getExchangeRate_Value();

		/**
		 * The meta object literal for the '{@link org.itup.model.impl.BudgetImpl <em>Budget</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.itup.model.impl.BudgetImpl
		 * @see org.itup.model.impl.ItupPackageImpl#getBudget()
		 * @generated
		 */
		EClass BUDGET = eINSTANCE.getBudget();

		/**
		 * The meta object literal for the '<em><b>Amount</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUDGET__AMOUNT = eINSTANCE.getBudget_Amount();

		/**
		 * The meta object literal for the '<em><b>Currency</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUDGET__CURRENCY = eINSTANCE.getBudget_Currency();

		/**
		 * The meta object literal for the '<em><b>Period</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUDGET__PERIOD = eINSTANCE.getBudget_Period();

		/**
		 * The meta object literal for the '{@link org.itup.model.impl.ResourceNeedImpl <em>Resource Need</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.itup.model.impl.ResourceNeedImpl
		 * @see org.itup.model.impl.ItupPackageImpl#getResourceNeed()
		 * @generated
		 */
		EClass RESOURCE_NEED = eINSTANCE.getResourceNeed();

		/**
		 * The meta object literal for the '<em><b>Amount</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESOURCE_NEED__AMOUNT = eINSTANCE.getResourceNeed_Amount();

		/**
		 * The meta object literal for the '<em><b>Currency</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESOURCE_NEED__CURRENCY = eINSTANCE.getResourceNeed_Currency();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESOURCE_NEED__DESCRIPTION = eINSTANCE.getResourceNeed_Description();

		/**
		 * The meta object literal for the '{@link org.itup.model.impl.MonitoringFileImpl <em>Monitoring File</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.itup.model.impl.MonitoringFileImpl
		 * @see org.itup.model.impl.ItupPackageImpl#getMonitoringFile()
		 * @generated
		 */
		EClass MONITORING_FILE = eINSTANCE.getMonitoringFile();

		/**
		 * The meta object literal for the '<em><b>Plan</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MONITORING_FILE__PLAN = eINSTANCE.getMonitoringFile_Plan();

		/**
		 * The meta object literal for the '<em><b>Data Files</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MONITORING_FILE__DATA_FILES = eINSTANCE.getMonitoringFile_DataFiles();

		/**
		 * The meta object literal for the '<em><b>Measurements</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MONITORING_FILE__MEASUREMENTS = eINSTANCE.getMonitoringFile_Measurements();

		/**
		 * The meta object literal for the '<em><b>Expenditures</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MONITORING_FILE__EXPENDITURES = eINSTANCE.getMonitoringFile_Expenditures();

		/**
		 * The meta object literal for the '<em><b>Assessments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MONITORING_FILE__ASSESSMENTS = eINSTANCE.getMonitoringFile_Assessments();

		/**
		 * The meta object literal for the '{@link org.itup.model.impl.MeasurementImpl <em>Measurement</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.itup.model.impl.MeasurementImpl
		 * @see org.itup.model.impl.ItupPackageImpl#getMeasurement()
		 * @generated
		 */
		EClass MEASUREMENT = eINSTANCE.getMeasurement();

		/**
		 * The meta object literal for the '<em><b>Subject</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEASUREMENT__SUBJECT = eINSTANCE.getMeasurement_Subject();

		/**
		 * The meta object literal for the '<em><b>Period</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASUREMENT__PERIOD = eINSTANCE.getMeasurement_Period();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASUREMENT__VALUE = eINSTANCE.getMeasurement_Value();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASUREMENT__UNIT = eINSTANCE.getMeasurement_Unit();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASUREMENT__SOURCE = eINSTANCE.getMeasurement_Source();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASUREMENT__DATE = eINSTANCE.getMeasurement_Date();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASUREMENT__NOTE = eINSTANCE.getMeasurement_Note();

		/**
		 * The meta object literal for the '{@link org.itup.model.impl.ExpenditureImpl <em>Expenditure</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.itup.model.impl.ExpenditureImpl
		 * @see org.itup.model.impl.ItupPackageImpl#getExpenditure()
		 * @generated
		 */
		EClass EXPENDITURE = eINSTANCE.getExpenditure();

		/**
		 * The meta object literal for the '<em><b>Element</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXPENDITURE__ELEMENT = eINSTANCE.getExpenditure_Element();

		/**
		 * The meta object literal for the '<em><b>Period</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPENDITURE__PERIOD = eINSTANCE.getExpenditure_Period();

		/**
		 * The meta object literal for the '<em><b>Amount</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPENDITURE__AMOUNT = eINSTANCE.getExpenditure_Amount();

		/**
		 * The meta object literal for the '<em><b>Currency</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPENDITURE__CURRENCY = eINSTANCE.getExpenditure_Currency();

		/**
		 * The meta object literal for the '{@link org.itup.model.impl.AssessmentImpl <em>Assessment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.itup.model.impl.AssessmentImpl
		 * @see org.itup.model.impl.ItupPackageImpl#getAssessment()
		 * @generated
		 */
		EClass ASSESSMENT = eINSTANCE.getAssessment();

		/**
		 * The meta object literal for the '<em><b>Objective</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSESSMENT__OBJECTIVE = eINSTANCE.getAssessment_Objective();

		/**
		 * The meta object literal for the '<em><b>Period</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT__PERIOD = eINSTANCE.getAssessment_Period();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT__TEXT = eINSTANCE.getAssessment_Text();

		/**
		 * The meta object literal for the '{@link org.itup.model.impl.CodeSchemeImpl <em>Code Scheme</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.itup.model.impl.CodeSchemeImpl
		 * @see org.itup.model.impl.ItupPackageImpl#getCodeScheme()
		 * @generated
		 */
		EClass CODE_SCHEME = eINSTANCE.getCodeScheme();

		/**
		 * The meta object literal for the '<em><b>Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODE_SCHEME__LEVEL = eINSTANCE.getCodeScheme_Level();

		/**
		 * The meta object literal for the '<em><b>Pattern</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODE_SCHEME__PATTERN = eINSTANCE.getCodeScheme_Pattern();

		/**
		 * The meta object literal for the '<em><b>Official</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODE_SCHEME__OFFICIAL = eINSTANCE.getCodeScheme_Official();

		/**
		 * The meta object literal for the '{@link org.itup.model.impl.VocabularyImpl <em>Vocabulary</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.itup.model.impl.VocabularyImpl
		 * @see org.itup.model.impl.ItupPackageImpl#getVocabulary()
		 * @generated
		 */
		EClass VOCABULARY = eINSTANCE.getVocabulary();

		/**
		 * The meta object literal for the '<em><b>Levels</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VOCABULARY__LEVELS = eINSTANCE.getVocabulary_Levels();

		/**
		 * The meta object literal for the '{@link org.itup.model.impl.LevelNameImpl <em>Level Name</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.itup.model.impl.LevelNameImpl
		 * @see org.itup.model.impl.ItupPackageImpl#getLevelName()
		 * @generated
		 */
		EClass LEVEL_NAME = eINSTANCE.getLevelName();

		/**
		 * The meta object literal for the '<em><b>Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEVEL_NAME__LEVEL = eINSTANCE.getLevelName_Level();

		/**
		 * The meta object literal for the '<em><b>Keyword</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEVEL_NAME__KEYWORD = eINSTANCE.getLevelName_Keyword();

		/**
		 * The meta object literal for the '<em><b>Singular</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEVEL_NAME__SINGULAR = eINSTANCE.getLevelName_Singular();

		/**
		 * The meta object literal for the '<em><b>Plural</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEVEL_NAME__PLURAL = eINSTANCE.getLevelName_Plural();

		/**
		 * The meta object literal for the '{@link org.itup.model.BoundKind <em>Bound Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.itup.model.BoundKind
		 * @see org.itup.model.impl.ItupPackageImpl#getBoundKind()
		 * @generated
		 */
		EEnum BOUND_KIND = eINSTANCE.getBoundKind();

		/**
		 * The meta object literal for the '{@link org.itup.model.ReportingFrequency <em>Reporting Frequency</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.itup.model.ReportingFrequency
		 * @see org.itup.model.impl.ItupPackageImpl#getReportingFrequency()
		 * @generated
		 */
		EEnum REPORTING_FREQUENCY = eINSTANCE.getReportingFrequency();

		/**
		 * The meta object literal for the '{@link org.itup.model.TargetKind <em>Target Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.itup.model.TargetKind
		 * @see org.itup.model.impl.ItupPackageImpl#getTargetKind()
		 * @generated
		 */
		EEnum TARGET_KIND = eINSTANCE.getTargetKind();

		/**
		 * The meta object literal for the '{@link org.itup.model.SectorKind <em>Sector Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.itup.model.SectorKind
		 * @see org.itup.model.impl.ItupPackageImpl#getSectorKind()
		 * @generated
		 */
		EEnum SECTOR_KIND = eINSTANCE.getSectorKind();

		/**
		 * The meta object literal for the '{@link org.itup.model.IndicatorDirection <em>Indicator Direction</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.itup.model.IndicatorDirection
		 * @see org.itup.model.impl.ItupPackageImpl#getIndicatorDirection()
		 * @generated
		 */
		EEnum INDICATOR_DIRECTION = eINSTANCE.getIndicatorDirection();

		/**
		 * The meta object literal for the '{@link org.itup.model.RiskTreatment <em>Risk Treatment</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.itup.model.RiskTreatment
		 * @see org.itup.model.impl.ItupPackageImpl#getRiskTreatment()
		 * @generated
		 */
		EEnum RISK_TREATMENT = eINSTANCE.getRiskTreatment();

		/**
		 * The meta object literal for the '{@link org.itup.model.CodedLevel <em>Coded Level</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.itup.model.CodedLevel
		 * @see org.itup.model.impl.ItupPackageImpl#getCodedLevel()
		 * @generated
		 */
		EEnum CODED_LEVEL = eINSTANCE.getCodedLevel();

		/**
		 * The meta object literal for the '{@link org.itup.model.SwotKind <em>Swot Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.itup.model.SwotKind
		 * @see org.itup.model.impl.ItupPackageImpl#getSwotKind()
		 * @generated
		 */
		EEnum SWOT_KIND = eINSTANCE.getSwotKind();

		/**
		 * The meta object literal for the '{@link org.itup.model.PlanLevel <em>Plan Level</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.itup.model.PlanLevel
		 * @see org.itup.model.impl.ItupPackageImpl#getPlanLevel()
		 * @generated
		 */
		EEnum PLAN_LEVEL = eINSTANCE.getPlanLevel();

	}

} //ItupPackage
