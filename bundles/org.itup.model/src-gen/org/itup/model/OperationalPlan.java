/**
 */
package org.itup.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Operational Plan</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The yearly plan of one sector (Annex 3 to Resolution 71): the detailed plan for a year and a forecast for the three years after it, for the outputs of the sector's objectives in the strategic plan it implements.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.itup.model.OperationalPlan#getName <em>Name</em>}</li>
 *   <li>{@link org.itup.model.OperationalPlan#getSector <em>Sector</em>}</li>
 *   <li>{@link org.itup.model.OperationalPlan#getYear <em>Year</em>}</li>
 *   <li>{@link org.itup.model.OperationalPlan#getStrategicPlan <em>Strategic Plan</em>}</li>
 *   <li>{@link org.itup.model.OperationalPlan#getResponsibleUnit <em>Responsible Unit</em>}</li>
 *   <li>{@link org.itup.model.OperationalPlan#getObjectives <em>Objectives</em>}</li>
 *   <li>{@link org.itup.model.OperationalPlan#getRetiredOutputs <em>Retired Outputs</em>}</li>
 * </ul>
 *
 * @see org.itup.model.ItupPackage#getOperationalPlan()
 * @model
 * @generated
 */
public interface OperationalPlan extends PlanFile
{
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.itup.model.ItupPackage#getOperationalPlan_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.itup.model.OperationalPlan#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Sector</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sector</em>' reference.
	 * @see #setSector(Sector)
	 * @see org.itup.model.ItupPackage#getOperationalPlan_Sector()
	 * @model
	 * @generated
	 */
	Sector getSector();

	/**
	 * Sets the value of the '{@link org.itup.model.OperationalPlan#getSector <em>Sector</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sector</em>' reference.
	 * @see #getSector()
	 * @generated
	 */
	void setSector(Sector value);

	/**
	 * Returns the value of the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Year</em>' attribute.
	 * @see #setYear(int)
	 * @see org.itup.model.ItupPackage#getOperationalPlan_Year()
	 * @model
	 * @generated
	 */
	int getYear();

	/**
	 * Sets the value of the '{@link org.itup.model.OperationalPlan#getYear <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Year</em>' attribute.
	 * @see #getYear()
	 * @generated
	 */
	void setYear(int value);

	/**
	 * Returns the value of the '<em><b>Strategic Plan</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Strategic Plan</em>' reference.
	 * @see #setStrategicPlan(Plan)
	 * @see org.itup.model.ItupPackage#getOperationalPlan_StrategicPlan()
	 * @model
	 * @generated
	 */
	Plan getStrategicPlan();

	/**
	 * Sets the value of the '{@link org.itup.model.OperationalPlan#getStrategicPlan <em>Strategic Plan</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Strategic Plan</em>' reference.
	 * @see #getStrategicPlan()
	 * @generated
	 */
	void setStrategicPlan(Plan value);

	/**
	 * Returns the value of the '<em><b>Responsible Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Responsible Unit</em>' attribute.
	 * @see #setResponsibleUnit(String)
	 * @see org.itup.model.ItupPackage#getOperationalPlan_ResponsibleUnit()
	 * @model
	 * @generated
	 */
	String getResponsibleUnit();

	/**
	 * Sets the value of the '{@link org.itup.model.OperationalPlan#getResponsibleUnit <em>Responsible Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Responsible Unit</em>' attribute.
	 * @see #getResponsibleUnit()
	 * @generated
	 */
	void setResponsibleUnit(String value);

	/**
	 * Returns the value of the '<em><b>Objectives</b></em>' containment reference list.
	 * The list contents are of type {@link org.itup.model.ObjectivePlan}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Objectives</em>' containment reference list.
	 * @see org.itup.model.ItupPackage#getOperationalPlan_Objectives()
	 * @model containment="true"
	 * @generated
	 */
	EList<ObjectivePlan> getObjectives();

	/**
	 * Returns the value of the '<em><b>Retired Outputs</b></em>' containment reference list.
	 * The list contents are of type {@link org.itup.model.RetiredOutput}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Retired Outputs</em>' containment reference list.
	 * @see org.itup.model.ItupPackage#getOperationalPlan_RetiredOutputs()
	 * @model containment="true"
	 * @generated
	 */
	EList<RetiredOutput> getRetiredOutputs();

} // OperationalPlan
