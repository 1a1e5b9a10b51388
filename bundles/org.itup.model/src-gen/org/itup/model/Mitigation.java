/**
 */
package org.itup.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Mitigation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.itup.model.Mitigation#getTreatment <em>Treatment</em>}</li>
 *   <li>{@link org.itup.model.Mitigation#getStatement <em>Statement</em>}</li>
 * </ul>
 *
 * @see org.itup.model.ItupPackage#getMitigation()
 * @model
 * @generated
 */
public interface Mitigation extends EObject
{
	/**
	 * Returns the value of the '<em><b>Treatment</b></em>' attribute.
	 * The literals are from the enumeration {@link org.itup.model.RiskTreatment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Treatment</em>' attribute.
	 * @see org.itup.model.RiskTreatment
	 * @see #setTreatment(RiskTreatment)
	 * @see org.itup.model.ItupPackage#getMitigation_Treatment()
	 * @model
	 * @generated
	 */
	RiskTreatment getTreatment();

	/**
	 * Sets the value of the '{@link org.itup.model.Mitigation#getTreatment <em>Treatment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Treatment</em>' attribute.
	 * @see org.itup.model.RiskTreatment
	 * @see #getTreatment()
	 * @generated
	 */
	void setTreatment(RiskTreatment value);

	/**
	 * Returns the value of the '<em><b>Statement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Statement</em>' attribute.
	 * @see #setStatement(String)
	 * @see org.itup.model.ItupPackage#getMitigation_Statement()
	 * @model
	 * @generated
	 */
	String getStatement();

	/**
	 * Sets the value of the '{@link org.itup.model.Mitigation#getStatement <em>Statement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Statement</em>' attribute.
	 * @see #getStatement()
	 * @generated
	 */
	void setStatement(String value);

} // Mitigation
