/**
 */
package org.itup.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Sector</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A part of the organisation that owns objectives and provides enablers (a sector, the inter-sectoral work, a secretariat).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.itup.model.Sector#getKind <em>Kind</em>}</li>
 *   <li>{@link org.itup.model.Sector#getTitle <em>Title</em>}</li>
 *   <li>{@link org.itup.model.Sector#getBureau <em>Bureau</em>}</li>
 *   <li>{@link org.itup.model.Sector#getObjectives <em>Objectives</em>}</li>
 *   <li>{@link org.itup.model.Sector#getEnablers <em>Enablers</em>}</li>
 *   <li>{@link org.itup.model.Sector#getBudgets <em>Budgets</em>}</li>
 * </ul>
 *
 * @see org.itup.model.ItupPackage#getSector()
 * @model
 * @generated
 */
public interface Sector extends PlanElement
{
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.itup.model.SectorKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.itup.model.SectorKind
	 * @see #setKind(SectorKind)
	 * @see org.itup.model.ItupPackage#getSector_Kind()
	 * @model
	 * @generated
	 */
	SectorKind getKind();

	/**
	 * Sets the value of the '{@link org.itup.model.Sector#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.itup.model.SectorKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(SectorKind value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.itup.model.ItupPackage#getSector_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.itup.model.Sector#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Bureau</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bureau</em>' containment reference.
	 * @see #setBureau(Bureau)
	 * @see org.itup.model.ItupPackage#getSector_Bureau()
	 * @model containment="true"
	 * @generated
	 */
	Bureau getBureau();

	/**
	 * Sets the value of the '{@link org.itup.model.Sector#getBureau <em>Bureau</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bureau</em>' containment reference.
	 * @see #getBureau()
	 * @generated
	 */
	void setBureau(Bureau value);

	/**
	 * Returns the value of the '<em><b>Objectives</b></em>' containment reference list.
	 * The list contents are of type {@link org.itup.model.Objective}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Objectives</em>' containment reference list.
	 * @see org.itup.model.ItupPackage#getSector_Objectives()
	 * @model containment="true"
	 * @generated
	 */
	EList<Objective> getObjectives();

	/**
	 * Returns the value of the '<em><b>Enablers</b></em>' containment reference list.
	 * The list contents are of type {@link org.itup.model.Enabler}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Enablers</em>' containment reference list.
	 * @see org.itup.model.ItupPackage#getSector_Enablers()
	 * @model containment="true"
	 * @generated
	 */
	EList<Enabler> getEnablers();

	/**
	 * Returns the value of the '<em><b>Budgets</b></em>' containment reference list.
	 * The list contents are of type {@link org.itup.model.Budget}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The financial plan's allocations to this sector.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Budgets</em>' containment reference list.
	 * @see org.itup.model.ItupPackage#getSector_Budgets()
	 * @model containment="true"
	 * @generated
	 */
	EList<Budget> getBudgets();

} // Sector
