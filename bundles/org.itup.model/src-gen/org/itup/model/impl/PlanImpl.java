/**
 */
package org.itup.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.itup.model.CodeScheme;
import org.itup.model.CoreValue;
import org.itup.model.ExchangeRate;
import org.itup.model.GlossaryTerm;
import org.itup.model.Goal;
import org.itup.model.ImplementationCriterion;
import org.itup.model.Import;
import org.itup.model.ItupPackage;
import org.itup.model.Plan;
import org.itup.model.Sector;
import org.itup.model.StrategicRisk;
import org.itup.model.SwotItem;
import org.itup.model.Vocabulary;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Plan</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.itup.model.impl.PlanImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.itup.model.impl.PlanImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.itup.model.impl.PlanImpl#getStartYear <em>Start Year</em>}</li>
 *   <li>{@link org.itup.model.impl.PlanImpl#getEndYear <em>End Year</em>}</li>
 *   <li>{@link org.itup.model.impl.PlanImpl#getAdoptedBy <em>Adopted By</em>}</li>
 *   <li>{@link org.itup.model.impl.PlanImpl#getVision <em>Vision</em>}</li>
 *   <li>{@link org.itup.model.impl.PlanImpl#getMission <em>Mission</em>}</li>
 *   <li>{@link org.itup.model.impl.PlanImpl#getCurrency <em>Currency</em>}</li>
 *   <li>{@link org.itup.model.impl.PlanImpl#getRates <em>Rates</em>}</li>
 *   <li>{@link org.itup.model.impl.PlanImpl#getImports <em>Imports</em>}</li>
 *   <li>{@link org.itup.model.impl.PlanImpl#getSectorOrder <em>Sector Order</em>}</li>
 *   <li>{@link org.itup.model.impl.PlanImpl#getValues <em>Values</em>}</li>
 *   <li>{@link org.itup.model.impl.PlanImpl#getGoals <em>Goals</em>}</li>
 *   <li>{@link org.itup.model.impl.PlanImpl#getSectors <em>Sectors</em>}</li>
 *   <li>{@link org.itup.model.impl.PlanImpl#getRisks <em>Risks</em>}</li>
 *   <li>{@link org.itup.model.impl.PlanImpl#getSwot <em>Swot</em>}</li>
 *   <li>{@link org.itup.model.impl.PlanImpl#getWsisActionLines <em>Wsis Action Lines</em>}</li>
 *   <li>{@link org.itup.model.impl.PlanImpl#getSdgCustodianIndicators <em>Sdg Custodian Indicators</em>}</li>
 *   <li>{@link org.itup.model.impl.PlanImpl#getCriteria <em>Criteria</em>}</li>
 *   <li>{@link org.itup.model.impl.PlanImpl#getGlossary <em>Glossary</em>}</li>
 *   <li>{@link org.itup.model.impl.PlanImpl#getLanguages <em>Languages</em>}</li>
 *   <li>{@link org.itup.model.impl.PlanImpl#isOfficialCodes <em>Official Codes</em>}</li>
 *   <li>{@link org.itup.model.impl.PlanImpl#getRiskScale <em>Risk Scale</em>}</li>
 *   <li>{@link org.itup.model.impl.PlanImpl#getVocabulary <em>Vocabulary</em>}</li>
 *   <li>{@link org.itup.model.impl.PlanImpl#getCodeSchemes <em>Code Schemes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PlanImpl extends PlanFileImpl implements Plan
{
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getStartYear() <em>Start Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartYear()
	 * @generated
	 * @ordered
	 */
	protected static final int START_YEAR_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getStartYear() <em>Start Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartYear()
	 * @generated
	 * @ordered
	 */
	protected int startYear = START_YEAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getEndYear() <em>End Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndYear()
	 * @generated
	 * @ordered
	 */
	protected static final int END_YEAR_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getEndYear() <em>End Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndYear()
	 * @generated
	 * @ordered
	 */
	protected int endYear = END_YEAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getAdoptedBy() <em>Adopted By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdoptedBy()
	 * @generated
	 * @ordered
	 */
	protected static final String ADOPTED_BY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAdoptedBy() <em>Adopted By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdoptedBy()
	 * @generated
	 * @ordered
	 */
	protected String adoptedBy = ADOPTED_BY_EDEFAULT;

	/**
	 * The default value of the '{@link #getVision() <em>Vision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVision()
	 * @generated
	 * @ordered
	 */
	protected static final String VISION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVision() <em>Vision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVision()
	 * @generated
	 * @ordered
	 */
	protected String vision = VISION_EDEFAULT;

	/**
	 * The default value of the '{@link #getMission() <em>Mission</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMission()
	 * @generated
	 * @ordered
	 */
	protected static final String MISSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMission() <em>Mission</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMission()
	 * @generated
	 * @ordered
	 */
	protected String mission = MISSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getCurrency() <em>Currency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCurrency()
	 * @generated
	 * @ordered
	 */
	protected static final String CURRENCY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCurrency() <em>Currency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCurrency()
	 * @generated
	 * @ordered
	 */
	protected String currency = CURRENCY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRates() <em>Rates</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRates()
	 * @generated
	 * @ordered
	 */
	protected EList<ExchangeRate> rates;

	/**
	 * The cached value of the '{@link #getImports() <em>Imports</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImports()
	 * @generated
	 * @ordered
	 */
	protected EList<Import> imports;

	/**
	 * The cached value of the '{@link #getSectorOrder() <em>Sector Order</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSectorOrder()
	 * @generated
	 * @ordered
	 */
	protected EList<Sector> sectorOrder;

	/**
	 * The cached value of the '{@link #getValues() <em>Values</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValues()
	 * @generated
	 * @ordered
	 */
	protected EList<CoreValue> values;

	/**
	 * The cached value of the '{@link #getGoals() <em>Goals</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGoals()
	 * @generated
	 * @ordered
	 */
	protected EList<Goal> goals;

	/**
	 * The cached value of the '{@link #getSectors() <em>Sectors</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSectors()
	 * @generated
	 * @ordered
	 */
	protected EList<Sector> sectors;

	/**
	 * The cached value of the '{@link #getRisks() <em>Risks</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRisks()
	 * @generated
	 * @ordered
	 */
	protected EList<StrategicRisk> risks;

	/**
	 * The cached value of the '{@link #getSwot() <em>Swot</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSwot()
	 * @generated
	 * @ordered
	 */
	protected EList<SwotItem> swot;

	/**
	 * The cached value of the '{@link #getWsisActionLines() <em>Wsis Action Lines</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWsisActionLines()
	 * @generated
	 * @ordered
	 */
	protected EList<String> wsisActionLines;

	/**
	 * The cached value of the '{@link #getSdgCustodianIndicators() <em>Sdg Custodian Indicators</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSdgCustodianIndicators()
	 * @generated
	 * @ordered
	 */
	protected EList<String> sdgCustodianIndicators;

	/**
	 * The cached value of the '{@link #getCriteria() <em>Criteria</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCriteria()
	 * @generated
	 * @ordered
	 */
	protected EList<ImplementationCriterion> criteria;

	/**
	 * The cached value of the '{@link #getGlossary() <em>Glossary</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGlossary()
	 * @generated
	 * @ordered
	 */
	protected EList<GlossaryTerm> glossary;

	/**
	 * The cached value of the '{@link #getLanguages() <em>Languages</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLanguages()
	 * @generated
	 * @ordered
	 */
	protected EList<String> languages;

	/**
	 * The default value of the '{@link #isOfficialCodes() <em>Official Codes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isOfficialCodes()
	 * @generated
	 * @ordered
	 */
	protected static final boolean OFFICIAL_CODES_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isOfficialCodes() <em>Official Codes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isOfficialCodes()
	 * @generated
	 * @ordered
	 */
	protected boolean officialCodes = OFFICIAL_CODES_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRiskScale() <em>Risk Scale</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRiskScale()
	 * @generated
	 * @ordered
	 */
	protected EList<String> riskScale;

	/**
	 * The cached value of the '{@link #getVocabulary() <em>Vocabulary</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVocabulary()
	 * @generated
	 * @ordered
	 */
	protected Vocabulary vocabulary;

	/**
	 * The cached value of the '{@link #getCodeSchemes() <em>Code Schemes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCodeSchemes()
	 * @generated
	 * @ordered
	 */
	protected EList<CodeScheme> codeSchemes;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PlanImpl()
	{
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass()
	{
		return ItupPackage.Literals.PLAN;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName()
	{
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName)
	{
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItupPackage.PLAN__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle()
	{
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle)
	{
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItupPackage.PLAN__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getStartYear()
	{
		return startYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartYear(int newStartYear)
	{
		int oldStartYear = startYear;
		startYear = newStartYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItupPackage.PLAN__START_YEAR, oldStartYear, startYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getEndYear()
	{
		return endYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEndYear(int newEndYear)
	{
		int oldEndYear = endYear;
		endYear = newEndYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItupPackage.PLAN__END_YEAR, oldEndYear, endYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAdoptedBy()
	{
		return adoptedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAdoptedBy(String newAdoptedBy)
	{
		String oldAdoptedBy = adoptedBy;
		adoptedBy = newAdoptedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItupPackage.PLAN__ADOPTED_BY, oldAdoptedBy, adoptedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVision()
	{
		return vision;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVision(String newVision)
	{
		String oldVision = vision;
		vision = newVision;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItupPackage.PLAN__VISION, oldVision, vision));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMission()
	{
		return mission;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMission(String newMission)
	{
		String oldMission = mission;
		mission = newMission;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItupPackage.PLAN__MISSION, oldMission, mission));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCurrency()
	{
		return currency;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCurrency(String newCurrency)
	{
		String oldCurrency = currency;
		currency = newCurrency;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItupPackage.PLAN__CURRENCY, oldCurrency, currency));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ExchangeRate> getRates()
	{
		if (rates == null)
		{
			rates = new EObjectContainmentEList<ExchangeRate>(ExchangeRate.class, this, ItupPackage.PLAN__RATES);
		}
		return rates;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Import> getImports()
	{
		if (imports == null)
		{
			imports = new EObjectContainmentEList<Import>(Import.class, this, ItupPackage.PLAN__IMPORTS);
		}
		return imports;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Sector> getSectorOrder()
	{
		if (sectorOrder == null)
		{
			sectorOrder = new EObjectResolvingEList<Sector>(Sector.class, this, ItupPackage.PLAN__SECTOR_ORDER);
		}
		return sectorOrder;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CoreValue> getValues()
	{
		if (values == null)
		{
			values = new EObjectContainmentEList<CoreValue>(CoreValue.class, this, ItupPackage.PLAN__VALUES);
		}
		return values;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Goal> getGoals()
	{
		if (goals == null)
		{
			goals = new EObjectContainmentEList<Goal>(Goal.class, this, ItupPackage.PLAN__GOALS);
		}
		return goals;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Sector> getSectors()
	{
		if (sectors == null)
		{
			sectors = new EObjectContainmentEList<Sector>(Sector.class, this, ItupPackage.PLAN__SECTORS);
		}
		return sectors;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<StrategicRisk> getRisks()
	{
		if (risks == null)
		{
			risks = new EObjectContainmentEList<StrategicRisk>(StrategicRisk.class, this, ItupPackage.PLAN__RISKS);
		}
		return risks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SwotItem> getSwot()
	{
		if (swot == null)
		{
			swot = new EObjectContainmentEList<SwotItem>(SwotItem.class, this, ItupPackage.PLAN__SWOT);
		}
		return swot;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getWsisActionLines()
	{
		if (wsisActionLines == null)
		{
			wsisActionLines = new EDataTypeUniqueEList<String>(String.class, this, ItupPackage.PLAN__WSIS_ACTION_LINES);
		}
		return wsisActionLines;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getSdgCustodianIndicators()
	{
		if (sdgCustodianIndicators == null)
		{
			sdgCustodianIndicators = new EDataTypeUniqueEList<String>(String.class, this, ItupPackage.PLAN__SDG_CUSTODIAN_INDICATORS);
		}
		return sdgCustodianIndicators;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ImplementationCriterion> getCriteria()
	{
		if (criteria == null)
		{
			criteria = new EObjectContainmentEList<ImplementationCriterion>(ImplementationCriterion.class, this, ItupPackage.PLAN__CRITERIA);
		}
		return criteria;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<GlossaryTerm> getGlossary()
	{
		if (glossary == null)
		{
			glossary = new EObjectContainmentEList<GlossaryTerm>(GlossaryTerm.class, this, ItupPackage.PLAN__GLOSSARY);
		}
		return glossary;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getLanguages()
	{
		if (languages == null)
		{
			languages = new EDataTypeUniqueEList<String>(String.class, this, ItupPackage.PLAN__LANGUAGES);
		}
		return languages;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isOfficialCodes()
	{
		return officialCodes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOfficialCodes(boolean newOfficialCodes)
	{
		boolean oldOfficialCodes = officialCodes;
		officialCodes = newOfficialCodes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItupPackage.PLAN__OFFICIAL_CODES, oldOfficialCodes, officialCodes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getRiskScale()
	{
		if (riskScale == null)
		{
			riskScale = new EDataTypeUniqueEList<String>(String.class, this, ItupPackage.PLAN__RISK_SCALE);
		}
		return riskScale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Vocabulary getVocabulary()
	{
		return vocabulary;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetVocabulary(Vocabulary newVocabulary, NotificationChain msgs)
	{
		Vocabulary oldVocabulary = vocabulary;
		vocabulary = newVocabulary;
		if (eNotificationRequired())
		{
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ItupPackage.PLAN__VOCABULARY, oldVocabulary, newVocabulary);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVocabulary(Vocabulary newVocabulary)
	{
		if (newVocabulary != vocabulary)
		{
			NotificationChain msgs = null;
			if (vocabulary != null)
				msgs = ((InternalEObject)vocabulary).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ItupPackage.PLAN__VOCABULARY, null, msgs);
			if (newVocabulary != null)
				msgs = ((InternalEObject)newVocabulary).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ItupPackage.PLAN__VOCABULARY, null, msgs);
			msgs = basicSetVocabulary(newVocabulary, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItupPackage.PLAN__VOCABULARY, newVocabulary, newVocabulary));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CodeScheme> getCodeSchemes()
	{
		if (codeSchemes == null)
		{
			codeSchemes = new EObjectContainmentEList<CodeScheme>(CodeScheme.class, this, ItupPackage.PLAN__CODE_SCHEMES);
		}
		return codeSchemes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs)
	{
		switch (featureID)
		{
			case ItupPackage.PLAN__RATES:
				return ((InternalEList<?>)getRates()).basicRemove(otherEnd, msgs);
			case ItupPackage.PLAN__IMPORTS:
				return ((InternalEList<?>)getImports()).basicRemove(otherEnd, msgs);
			case ItupPackage.PLAN__VALUES:
				return ((InternalEList<?>)getValues()).basicRemove(otherEnd, msgs);
			case ItupPackage.PLAN__GOALS:
				return ((InternalEList<?>)getGoals()).basicRemove(otherEnd, msgs);
			case ItupPackage.PLAN__SECTORS:
				return ((InternalEList<?>)getSectors()).basicRemove(otherEnd, msgs);
			case ItupPackage.PLAN__RISKS:
				return ((InternalEList<?>)getRisks()).basicRemove(otherEnd, msgs);
			case ItupPackage.PLAN__SWOT:
				return ((InternalEList<?>)getSwot()).basicRemove(otherEnd, msgs);
			case ItupPackage.PLAN__CRITERIA:
				return ((InternalEList<?>)getCriteria()).basicRemove(otherEnd, msgs);
			case ItupPackage.PLAN__GLOSSARY:
				return ((InternalEList<?>)getGlossary()).basicRemove(otherEnd, msgs);
			case ItupPackage.PLAN__VOCABULARY:
				return basicSetVocabulary(null, msgs);
			case ItupPackage.PLAN__CODE_SCHEMES:
				return ((InternalEList<?>)getCodeSchemes()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType)
	{
		switch (featureID)
		{
			case ItupPackage.PLAN__NAME:
				return getName();
			case ItupPackage.PLAN__TITLE:
				return getTitle();
			case ItupPackage.PLAN__START_YEAR:
				return getStartYear();
			case ItupPackage.PLAN__END_YEAR:
				return getEndYear();
			case ItupPackage.PLAN__ADOPTED_BY:
				return getAdoptedBy();
			case ItupPackage.PLAN__VISION:
				return getVision();
			case ItupPackage.PLAN__MISSION:
				return getMission();
			case ItupPackage.PLAN__CURRENCY:
				return getCurrency();
			case ItupPackage.PLAN__RATES:
				return getRates();
			case ItupPackage.PLAN__IMPORTS:
				return getImports();
			case ItupPackage.PLAN__SECTOR_ORDER:
				return getSectorOrder();
			case ItupPackage.PLAN__VALUES:
				return getValues();
			case ItupPackage.PLAN__GOALS:
				return getGoals();
			case ItupPackage.PLAN__SECTORS:
				return getSectors();
			case ItupPackage.PLAN__RISKS:
				return getRisks();
			case ItupPackage.PLAN__SWOT:
				return getSwot();
			case ItupPackage.PLAN__WSIS_ACTION_LINES:
				return getWsisActionLines();
			case ItupPackage.PLAN__SDG_CUSTODIAN_INDICATORS:
				return getSdgCustodianIndicators();
			case ItupPackage.PLAN__CRITERIA:
				return getCriteria();
			case ItupPackage.PLAN__GLOSSARY:
				return getGlossary();
			case ItupPackage.PLAN__LANGUAGES:
				return getLanguages();
			case ItupPackage.PLAN__OFFICIAL_CODES:
				return isOfficialCodes();
			case ItupPackage.PLAN__RISK_SCALE:
				return getRiskScale();
			case ItupPackage.PLAN__VOCABULARY:
				return getVocabulary();
			case ItupPackage.PLAN__CODE_SCHEMES:
				return getCodeSchemes();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue)
	{
		switch (featureID)
		{
			case ItupPackage.PLAN__NAME:
				setName((String)newValue);
				return;
			case ItupPackage.PLAN__TITLE:
				setTitle((String)newValue);
				return;
			case ItupPackage.PLAN__START_YEAR:
				setStartYear((Integer)newValue);
				return;
			case ItupPackage.PLAN__END_YEAR:
				setEndYear((Integer)newValue);
				return;
			case ItupPackage.PLAN__ADOPTED_BY:
				setAdoptedBy((String)newValue);
				return;
			case ItupPackage.PLAN__VISION:
				setVision((String)newValue);
				return;
			case ItupPackage.PLAN__MISSION:
				setMission((String)newValue);
				return;
			case ItupPackage.PLAN__CURRENCY:
				setCurrency((String)newValue);
				return;
			case ItupPackage.PLAN__RATES:
				getRates().clear();
				getRates().addAll((Collection<? extends ExchangeRate>)newValue);
				return;
			case ItupPackage.PLAN__IMPORTS:
				getImports().clear();
				getImports().addAll((Collection<? extends Import>)newValue);
				return;
			case ItupPackage.PLAN__SECTOR_ORDER:
				getSectorOrder().clear();
				getSectorOrder().addAll((Collection<? extends Sector>)newValue);
				return;
			case ItupPackage.PLAN__VALUES:
				getValues().clear();
				getValues().addAll((Collection<? extends CoreValue>)newValue);
				return;
			case ItupPackage.PLAN__GOALS:
				getGoals().clear();
				getGoals().addAll((Collection<? extends Goal>)newValue);
				return;
			case ItupPackage.PLAN__SECTORS:
				getSectors().clear();
				getSectors().addAll((Collection<? extends Sector>)newValue);
				return;
			case ItupPackage.PLAN__RISKS:
				getRisks().clear();
				getRisks().addAll((Collection<? extends StrategicRisk>)newValue);
				return;
			case ItupPackage.PLAN__SWOT:
				getSwot().clear();
				getSwot().addAll((Collection<? extends SwotItem>)newValue);
				return;
			case ItupPackage.PLAN__WSIS_ACTION_LINES:
				getWsisActionLines().clear();
				getWsisActionLines().addAll((Collection<? extends String>)newValue);
				return;
			case ItupPackage.PLAN__SDG_CUSTODIAN_INDICATORS:
				getSdgCustodianIndicators().clear();
				getSdgCustodianIndicators().addAll((Collection<? extends String>)newValue);
				return;
			case ItupPackage.PLAN__CRITERIA:
				getCriteria().clear();
				getCriteria().addAll((Collection<? extends ImplementationCriterion>)newValue);
				return;
			case ItupPackage.PLAN__GLOSSARY:
				getGlossary().clear();
				getGlossary().addAll((Collection<? extends GlossaryTerm>)newValue);
				return;
			case ItupPackage.PLAN__LANGUAGES:
				getLanguages().clear();
				getLanguages().addAll((Collection<? extends String>)newValue);
				return;
			case ItupPackage.PLAN__OFFICIAL_CODES:
				setOfficialCodes((Boolean)newValue);
				return;
			case ItupPackage.PLAN__RISK_SCALE:
				getRiskScale().clear();
				getRiskScale().addAll((Collection<? extends String>)newValue);
				return;
			case ItupPackage.PLAN__VOCABULARY:
				setVocabulary((Vocabulary)newValue);
				return;
			case ItupPackage.PLAN__CODE_SCHEMES:
				getCodeSchemes().clear();
				getCodeSchemes().addAll((Collection<? extends CodeScheme>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID)
	{
		switch (featureID)
		{
			case ItupPackage.PLAN__NAME:
				setName(NAME_EDEFAULT);
				return;
			case ItupPackage.PLAN__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case ItupPackage.PLAN__START_YEAR:
				setStartYear(START_YEAR_EDEFAULT);
				return;
			case ItupPackage.PLAN__END_YEAR:
				setEndYear(END_YEAR_EDEFAULT);
				return;
			case ItupPackage.PLAN__ADOPTED_BY:
				setAdoptedBy(ADOPTED_BY_EDEFAULT);
				return;
			case ItupPackage.PLAN__VISION:
				setVision(VISION_EDEFAULT);
				return;
			case ItupPackage.PLAN__MISSION:
				setMission(MISSION_EDEFAULT);
				return;
			case ItupPackage.PLAN__CURRENCY:
				setCurrency(CURRENCY_EDEFAULT);
				return;
			case ItupPackage.PLAN__RATES:
				getRates().clear();
				return;
			case ItupPackage.PLAN__IMPORTS:
				getImports().clear();
				return;
			case ItupPackage.PLAN__SECTOR_ORDER:
				getSectorOrder().clear();
				return;
			case ItupPackage.PLAN__VALUES:
				getValues().clear();
				return;
			case ItupPackage.PLAN__GOALS:
				getGoals().clear();
				return;
			case ItupPackage.PLAN__SECTORS:
				getSectors().clear();
				return;
			case ItupPackage.PLAN__RISKS:
				getRisks().clear();
				return;
			case ItupPackage.PLAN__SWOT:
				getSwot().clear();
				return;
			case ItupPackage.PLAN__WSIS_ACTION_LINES:
				getWsisActionLines().clear();
				return;
			case ItupPackage.PLAN__SDG_CUSTODIAN_INDICATORS:
				getSdgCustodianIndicators().clear();
				return;
			case ItupPackage.PLAN__CRITERIA:
				getCriteria().clear();
				return;
			case ItupPackage.PLAN__GLOSSARY:
				getGlossary().clear();
				return;
			case ItupPackage.PLAN__LANGUAGES:
				getLanguages().clear();
				return;
			case ItupPackage.PLAN__OFFICIAL_CODES:
				setOfficialCodes(OFFICIAL_CODES_EDEFAULT);
				return;
			case ItupPackage.PLAN__RISK_SCALE:
				getRiskScale().clear();
				return;
			case ItupPackage.PLAN__VOCABULARY:
				setVocabulary((Vocabulary)null);
				return;
			case ItupPackage.PLAN__CODE_SCHEMES:
				getCodeSchemes().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID)
	{
		switch (featureID)
		{
			case ItupPackage.PLAN__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case ItupPackage.PLAN__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case ItupPackage.PLAN__START_YEAR:
				return startYear != START_YEAR_EDEFAULT;
			case ItupPackage.PLAN__END_YEAR:
				return endYear != END_YEAR_EDEFAULT;
			case ItupPackage.PLAN__ADOPTED_BY:
				return ADOPTED_BY_EDEFAULT == null ? adoptedBy != null : !ADOPTED_BY_EDEFAULT.equals(adoptedBy);
			case ItupPackage.PLAN__VISION:
				return VISION_EDEFAULT == null ? vision != null : !VISION_EDEFAULT.equals(vision);
			case ItupPackage.PLAN__MISSION:
				return MISSION_EDEFAULT == null ? mission != null : !MISSION_EDEFAULT.equals(mission);
			case ItupPackage.PLAN__CURRENCY:
				return CURRENCY_EDEFAULT == null ? currency != null : !CURRENCY_EDEFAULT.equals(currency);
			case ItupPackage.PLAN__RATES:
				return rates != null && !rates.isEmpty();
			case ItupPackage.PLAN__IMPORTS:
				return imports != null && !imports.isEmpty();
			case ItupPackage.PLAN__SECTOR_ORDER:
				return sectorOrder != null && !sectorOrder.isEmpty();
			case ItupPackage.PLAN__VALUES:
				return values != null && !values.isEmpty();
			case ItupPackage.PLAN__GOALS:
				return goals != null && !goals.isEmpty();
			case ItupPackage.PLAN__SECTORS:
				return sectors != null && !sectors.isEmpty();
			case ItupPackage.PLAN__RISKS:
				return risks != null && !risks.isEmpty();
			case ItupPackage.PLAN__SWOT:
				return swot != null && !swot.isEmpty();
			case ItupPackage.PLAN__WSIS_ACTION_LINES:
				return wsisActionLines != null && !wsisActionLines.isEmpty();
			case ItupPackage.PLAN__SDG_CUSTODIAN_INDICATORS:
				return sdgCustodianIndicators != null && !sdgCustodianIndicators.isEmpty();
			case ItupPackage.PLAN__CRITERIA:
				return criteria != null && !criteria.isEmpty();
			case ItupPackage.PLAN__GLOSSARY:
				return glossary != null && !glossary.isEmpty();
			case ItupPackage.PLAN__LANGUAGES:
				return languages != null && !languages.isEmpty();
			case ItupPackage.PLAN__OFFICIAL_CODES:
				return officialCodes != OFFICIAL_CODES_EDEFAULT;
			case ItupPackage.PLAN__RISK_SCALE:
				return riskScale != null && !riskScale.isEmpty();
			case ItupPackage.PLAN__VOCABULARY:
				return vocabulary != null;
			case ItupPackage.PLAN__CODE_SCHEMES:
				return codeSchemes != null && !codeSchemes.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString()
	{
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (name: ");
		result.append(name);
		result.append(", title: ");
		result.append(title);
		result.append(", startYear: ");
		result.append(startYear);
		result.append(", endYear: ");
		result.append(endYear);
		result.append(", adoptedBy: ");
		result.append(adoptedBy);
		result.append(", vision: ");
		result.append(vision);
		result.append(", mission: ");
		result.append(mission);
		result.append(", currency: ");
		result.append(currency);
		result.append(", wsisActionLines: ");
		result.append(wsisActionLines);
		result.append(", sdgCustodianIndicators: ");
		result.append(sdgCustodianIndicators);
		result.append(", languages: ");
		result.append(languages);
		result.append(", officialCodes: ");
		result.append(officialCodes);
		result.append(", riskScale: ");
		result.append(riskScale);
		result.append(')');
		return result.toString();
	}

} //PlanImpl
