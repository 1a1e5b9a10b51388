/**
 */
package org.itup.model;

import java.math.BigDecimal;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Baseline</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The reference point a relative target or an indicator is measured from.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.itup.model.Baseline#getYear <em>Year</em>}</li>
 *   <li>{@link org.itup.model.Baseline#getValue <em>Value</em>}</li>
 *   <li>{@link org.itup.model.Baseline#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.itup.model.Baseline#isMeasured <em>Measured</em>}</li>
 * </ul>
 *
 * @see org.itup.model.ItupPackage#getBaseline()
 * @model
 * @generated
 */
public interface Baseline extends EObject
{
	/**
	 * Returns the value of the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Year</em>' attribute.
	 * @see #setYear(int)
	 * @see org.itup.model.ItupPackage#getBaseline_Year()
	 * @model
	 * @generated
	 */
	int getYear();

	/**
	 * Sets the value of the '{@link org.itup.model.Baseline#getYear <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Year</em>' attribute.
	 * @see #getYear()
	 * @generated
	 */
	void setYear(int value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(BigDecimal)
	 * @see org.itup.model.ItupPackage#getBaseline_Value()
	 * @model
	 * @generated
	 */
	BigDecimal getValue();

	/**
	 * Sets the value of the '{@link org.itup.model.Baseline#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Unit</em>' attribute.
	 * @see #setUnit(String)
	 * @see org.itup.model.ItupPackage#getBaseline_Unit()
	 * @model
	 * @generated
	 */
	String getUnit();

	/**
	 * Sets the value of the '{@link org.itup.model.Baseline#getUnit <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' attribute.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(String value);

	/**
	 * Returns the value of the '<em><b>Measured</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The baseline value is the level measured in the baseline year, which the plan does not state.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Measured</em>' attribute.
	 * @see #setMeasured(boolean)
	 * @see org.itup.model.ItupPackage#getBaseline_Measured()
	 * @model
	 * @generated
	 */
	boolean isMeasured();

	/**
	 * Sets the value of the '{@link org.itup.model.Baseline#isMeasured <em>Measured</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Measured</em>' attribute.
	 * @see #isMeasured()
	 * @generated
	 */
	void setMeasured(boolean value);

} // Baseline
