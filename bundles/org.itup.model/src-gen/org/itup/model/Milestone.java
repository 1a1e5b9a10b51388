/**
 */
package org.itup.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Milestone</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One year of an output's timeline: the detailed plan year, or a forecast year.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.itup.model.Milestone#isForecast <em>Forecast</em>}</li>
 *   <li>{@link org.itup.model.Milestone#getYear <em>Year</em>}</li>
 *   <li>{@link org.itup.model.Milestone#getStatement <em>Statement</em>}</li>
 * </ul>
 *
 * @see org.itup.model.ItupPackage#getMilestone()
 * @model
 * @generated
 */
public interface Milestone extends EObject
{
	/**
	 * Returns the value of the '<em><b>Forecast</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Forecast</em>' attribute.
	 * @see #setForecast(boolean)
	 * @see org.itup.model.ItupPackage#getMilestone_Forecast()
	 * @model
	 * @generated
	 */
	boolean isForecast();

	/**
	 * Sets the value of the '{@link org.itup.model.Milestone#isForecast <em>Forecast</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Forecast</em>' attribute.
	 * @see #isForecast()
	 * @generated
	 */
	void setForecast(boolean value);

	/**
	 * Returns the value of the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Year</em>' attribute.
	 * @see #setYear(int)
	 * @see org.itup.model.ItupPackage#getMilestone_Year()
	 * @model
	 * @generated
	 */
	int getYear();

	/**
	 * Sets the value of the '{@link org.itup.model.Milestone#getYear <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Year</em>' attribute.
	 * @see #getYear()
	 * @generated
	 */
	void setYear(int value);

	/**
	 * Returns the value of the '<em><b>Statement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Statement</em>' attribute.
	 * @see #setStatement(String)
	 * @see org.itup.model.ItupPackage#getMilestone_Statement()
	 * @model
	 * @generated
	 */
	String getStatement();

	/**
	 * Sets the value of the '{@link org.itup.model.Milestone#getStatement <em>Statement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Statement</em>' attribute.
	 * @see #getStatement()
	 * @generated
	 */
	void setStatement(String value);

} // Milestone
