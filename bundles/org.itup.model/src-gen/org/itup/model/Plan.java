/**
 */
package org.itup.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Plan</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A strategic plan, or one part of it: every file names the plan it belongs to.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.itup.model.Plan#getName <em>Name</em>}</li>
 *   <li>{@link org.itup.model.Plan#getTitle <em>Title</em>}</li>
 *   <li>{@link org.itup.model.Plan#getStartYear <em>Start Year</em>}</li>
 *   <li>{@link org.itup.model.Plan#getEndYear <em>End Year</em>}</li>
 *   <li>{@link org.itup.model.Plan#getAdoptedBy <em>Adopted By</em>}</li>
 *   <li>{@link org.itup.model.Plan#getVision <em>Vision</em>}</li>
 *   <li>{@link org.itup.model.Plan#getMission <em>Mission</em>}</li>
 *   <li>{@link org.itup.model.Plan#getCurrency <em>Currency</em>}</li>
 *   <li>{@link org.itup.model.Plan#getRates <em>Rates</em>}</li>
 *   <li>{@link org.itup.model.Plan#getImports <em>Imports</em>}</li>
 *   <li>{@link org.itup.model.Plan#getSectorOrder <em>Sector Order</em>}</li>
 *   <li>{@link org.itup.model.Plan#getValues <em>Values</em>}</li>
 *   <li>{@link org.itup.model.Plan#getGoals <em>Goals</em>}</li>
 *   <li>{@link org.itup.model.Plan#getSectors <em>Sectors</em>}</li>
 *   <li>{@link org.itup.model.Plan#getRisks <em>Risks</em>}</li>
 *   <li>{@link org.itup.model.Plan#getSwot <em>Swot</em>}</li>
 *   <li>{@link org.itup.model.Plan#getWsisActionLines <em>Wsis Action Lines</em>}</li>
 *   <li>{@link org.itup.model.Plan#getSdgCustodianIndicators <em>Sdg Custodian Indicators</em>}</li>
 *   <li>{@link org.itup.model.Plan#getCriteria <em>Criteria</em>}</li>
 *   <li>{@link org.itup.model.Plan#getGlossary <em>Glossary</em>}</li>
 *   <li>{@link org.itup.model.Plan#getLanguages <em>Languages</em>}</li>
 *   <li>{@link org.itup.model.Plan#isOfficialCodes <em>Official Codes</em>}</li>
 *   <li>{@link org.itup.model.Plan#getRiskScale <em>Risk Scale</em>}</li>
 *   <li>{@link org.itup.model.Plan#getVocabulary <em>Vocabulary</em>}</li>
 *   <li>{@link org.itup.model.Plan#getCodeSchemes <em>Code Schemes</em>}</li>
 * </ul>
 *
 * @see org.itup.model.ItupPackage#getPlan()
 * @model
 * @generated
 */
public interface Plan extends PlanFile
{
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Identifier of the plan; files that give the same name are parts of one plan.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.itup.model.ItupPackage#getPlan_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.itup.model.Plan#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.itup.model.ItupPackage#getPlan_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.itup.model.Plan#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Start Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * First year of the plan period.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Start Year</em>' attribute.
	 * @see #setStartYear(int)
	 * @see org.itup.model.ItupPackage#getPlan_StartYear()
	 * @model
	 * @generated
	 */
	int getStartYear();

	/**
	 * Sets the value of the '{@link org.itup.model.Plan#getStartYear <em>Start Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start Year</em>' attribute.
	 * @see #getStartYear()
	 * @generated
	 */
	void setStartYear(int value);

	/**
	 * Returns the value of the '<em><b>End Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Last year of the plan period.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>End Year</em>' attribute.
	 * @see #setEndYear(int)
	 * @see org.itup.model.ItupPackage#getPlan_EndYear()
	 * @model
	 * @generated
	 */
	int getEndYear();

	/**
	 * Sets the value of the '{@link org.itup.model.Plan#getEndYear <em>End Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End Year</em>' attribute.
	 * @see #getEndYear()
	 * @generated
	 */
	void setEndYear(int value);

	/**
	 * Returns the value of the '<em><b>Adopted By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The decision that adopted the plan, e.g. a resolution.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Adopted By</em>' attribute.
	 * @see #setAdoptedBy(String)
	 * @see org.itup.model.ItupPackage#getPlan_AdoptedBy()
	 * @model
	 * @generated
	 */
	String getAdoptedBy();

	/**
	 * Sets the value of the '{@link org.itup.model.Plan#getAdoptedBy <em>Adopted By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Adopted By</em>' attribute.
	 * @see #getAdoptedBy()
	 * @generated
	 */
	void setAdoptedBy(String value);

	/**
	 * Returns the value of the '<em><b>Vision</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Vision</em>' attribute.
	 * @see #setVision(String)
	 * @see org.itup.model.ItupPackage#getPlan_Vision()
	 * @model
	 * @generated
	 */
	String getVision();

	/**
	 * Sets the value of the '{@link org.itup.model.Plan#getVision <em>Vision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vision</em>' attribute.
	 * @see #getVision()
	 * @generated
	 */
	void setVision(String value);

	/**
	 * Returns the value of the '<em><b>Mission</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mission</em>' attribute.
	 * @see #setMission(String)
	 * @see org.itup.model.ItupPackage#getPlan_Mission()
	 * @model
	 * @generated
	 */
	String getMission();

	/**
	 * Sets the value of the '{@link org.itup.model.Plan#getMission <em>Mission</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mission</em>' attribute.
	 * @see #getMission()
	 * @generated
	 */
	void setMission(String value);

	/**
	 * Returns the value of the '<em><b>Currency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The currency the plan's budgets are reported in, e.g. CHF.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Currency</em>' attribute.
	 * @see #setCurrency(String)
	 * @see org.itup.model.ItupPackage#getPlan_Currency()
	 * @model
	 * @generated
	 */
	String getCurrency();

	/**
	 * Sets the value of the '{@link org.itup.model.Plan#getCurrency <em>Currency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Currency</em>' attribute.
	 * @see #getCurrency()
	 * @generated
	 */
	void setCurrency(String value);

	/**
	 * Returns the value of the '<em><b>Rates</b></em>' containment reference list.
	 * The list contents are of type {@link org.itup.model.ExchangeRate}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Declared exchange rates into the plan currency, so budgets in other currencies can be added up.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rates</em>' containment reference list.
	 * @see org.itup.model.ItupPackage#getPlan_Rates()
	 * @model containment="true"
	 * @generated
	 */
	EList<ExchangeRate> getRates();

	/**
	 * Returns the value of the '<em><b>Imports</b></em>' containment reference list.
	 * The list contents are of type {@link org.itup.model.Import}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Imports</em>' containment reference list.
	 * @see org.itup.model.ItupPackage#getPlan_Imports()
	 * @model containment="true"
	 * @generated
	 */
	EList<Import> getImports();

	/**
	 * Returns the value of the '<em><b>Sector Order</b></em>' reference list.
	 * The list contents are of type {@link org.itup.model.Sector}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The order in which reports show the sectors; sectors not listed follow in file order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sector Order</em>' reference list.
	 * @see org.itup.model.ItupPackage#getPlan_SectorOrder()
	 * @model
	 * @generated
	 */
	EList<Sector> getSectorOrder();

	/**
	 * Returns the value of the '<em><b>Values</b></em>' containment reference list.
	 * The list contents are of type {@link org.itup.model.CoreValue}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Values</em>' containment reference list.
	 * @see org.itup.model.ItupPackage#getPlan_Values()
	 * @model containment="true"
	 * @generated
	 */
	EList<CoreValue> getValues();

	/**
	 * Returns the value of the '<em><b>Goals</b></em>' containment reference list.
	 * The list contents are of type {@link org.itup.model.Goal}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Goals</em>' containment reference list.
	 * @see org.itup.model.ItupPackage#getPlan_Goals()
	 * @model containment="true"
	 * @generated
	 */
	EList<Goal> getGoals();

	/**
	 * Returns the value of the '<em><b>Sectors</b></em>' containment reference list.
	 * The list contents are of type {@link org.itup.model.Sector}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sectors</em>' containment reference list.
	 * @see org.itup.model.ItupPackage#getPlan_Sectors()
	 * @model containment="true"
	 * @generated
	 */
	EList<Sector> getSectors();

	/**
	 * Returns the value of the '<em><b>Risks</b></em>' containment reference list.
	 * The list contents are of type {@link org.itup.model.StrategicRisk}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Risks</em>' containment reference list.
	 * @see org.itup.model.ItupPackage#getPlan_Risks()
	 * @model containment="true"
	 * @generated
	 */
	EList<StrategicRisk> getRisks();

	/**
	 * Returns the value of the '<em><b>Swot</b></em>' containment reference list.
	 * The list contents are of type {@link org.itup.model.SwotItem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The SWOT analysis of the situational analysis.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Swot</em>' containment reference list.
	 * @see org.itup.model.ItupPackage#getPlan_Swot()
	 * @model containment="true"
	 * @generated
	 */
	EList<SwotItem> getSwot();

	/**
	 * Returns the value of the '<em><b>Wsis Action Lines</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * WSIS action lines (C1-C11) the organisation facilitates.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Wsis Action Lines</em>' attribute list.
	 * @see org.itup.model.ItupPackage#getPlan_WsisActionLines()
	 * @model
	 * @generated
	 */
	EList<String> getWsisActionLines();

	/**
	 * Returns the value of the '<em><b>Sdg Custodian Indicators</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SDG indicators for which the organisation is custodian.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sdg Custodian Indicators</em>' attribute list.
	 * @see org.itup.model.ItupPackage#getPlan_SdgCustodianIndicators()
	 * @model
	 * @generated
	 */
	EList<String> getSdgCustodianIndicators();

	/**
	 * Returns the value of the '<em><b>Criteria</b></em>' containment reference list.
	 * The list contents are of type {@link org.itup.model.ImplementationCriterion}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Criteria</em>' containment reference list.
	 * @see org.itup.model.ItupPackage#getPlan_Criteria()
	 * @model containment="true"
	 * @generated
	 */
	EList<ImplementationCriterion> getCriteria();

	/**
	 * Returns the value of the '<em><b>Glossary</b></em>' containment reference list.
	 * The list contents are of type {@link org.itup.model.GlossaryTerm}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Glossary</em>' containment reference list.
	 * @see org.itup.model.ItupPackage#getPlan_Glossary()
	 * @model containment="true"
	 * @generated
	 */
	EList<GlossaryTerm> getGlossary();

	/**
	 * Returns the value of the '<em><b>Languages</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The languages glossary terms are given in; the six UN languages when the plan names none.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Languages</em>' attribute list.
	 * @see org.itup.model.ItupPackage#getPlan_Languages()
	 * @model
	 * @generated
	 */
	EList<String> getLanguages();

	/**
	 * Returns the value of the '<em><b>Official Codes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The plan's codes are official: numbering rules do not check them and no quick fix renames them.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Official Codes</em>' attribute.
	 * @see #setOfficialCodes(boolean)
	 * @see org.itup.model.ItupPackage#getPlan_OfficialCodes()
	 * @model
	 * @generated
	 */
	boolean isOfficialCodes();

	/**
	 * Sets the value of the '{@link org.itup.model.Plan#isOfficialCodes <em>Official Codes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Official Codes</em>' attribute.
	 * @see #isOfficialCodes()
	 * @generated
	 */
	void setOfficialCodes(boolean value);

	/**
	 * Returns the value of the '<em><b>Risk Scale</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The levels risks' likelihood and impact are rated on, lowest first; low, medium, high when the plan names none.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Risk Scale</em>' attribute list.
	 * @see org.itup.model.ItupPackage#getPlan_RiskScale()
	 * @model
	 * @generated
	 */
	EList<String> getRiskScale();

	/**
	 * Returns the value of the '<em><b>Vocabulary</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The names the plan gives its levels; the ITU plan's words for every level it does not name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Vocabulary</em>' containment reference.
	 * @see #setVocabulary(Vocabulary)
	 * @see org.itup.model.ItupPackage#getPlan_Vocabulary()
	 * @model containment="true"
	 * @generated
	 */
	Vocabulary getVocabulary();

	/**
	 * Sets the value of the '{@link org.itup.model.Plan#getVocabulary <em>Vocabulary</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vocabulary</em>' containment reference.
	 * @see #getVocabulary()
	 * @generated
	 */
	void setVocabulary(Vocabulary value);

	/**
	 * Returns the value of the '<em><b>Code Schemes</b></em>' containment reference list.
	 * The list contents are of type {@link org.itup.model.CodeScheme}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the plan builds the codes of each level (targets, objectives, outcomes, outputs, enablers); levels it does not name keep the default scheme.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Code Schemes</em>' containment reference list.
	 * @see org.itup.model.ItupPackage#getPlan_CodeSchemes()
	 * @model containment="true"
	 * @generated
	 */
	EList<CodeScheme> getCodeSchemes();

} // Plan
