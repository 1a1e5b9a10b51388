/**
 */
package org.itup.model;

import java.math.BigDecimal;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Performance Indicator</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A criterion used to measure the achievement of an output, outcome or target.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.itup.model.PerformanceIndicator#getName <em>Name</em>}</li>
 *   <li>{@link org.itup.model.PerformanceIndicator#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.itup.model.PerformanceIndicator#getBaseline <em>Baseline</em>}</li>
 *   <li>{@link org.itup.model.PerformanceIndicator#getTargetValue <em>Target Value</em>}</li>
 *   <li>{@link org.itup.model.PerformanceIndicator#getDirection <em>Direction</em>}</li>
 * </ul>
 *
 * @see org.itup.model.ItupPackage#getPerformanceIndicator()
 * @model
 * @generated
 */
public interface PerformanceIndicator extends EObject
{
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.itup.model.ItupPackage#getPerformanceIndicator_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.itup.model.PerformanceIndicator#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Unit</em>' attribute.
	 * @see #setUnit(String)
	 * @see org.itup.model.ItupPackage#getPerformanceIndicator_Unit()
	 * @model
	 * @generated
	 */
	String getUnit();

	/**
	 * Sets the value of the '{@link org.itup.model.PerformanceIndicator#getUnit <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' attribute.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(String value);

	/**
	 * Returns the value of the '<em><b>Baseline</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Baseline</em>' containment reference.
	 * @see #setBaseline(Baseline)
	 * @see org.itup.model.ItupPackage#getPerformanceIndicator_Baseline()
	 * @model containment="true"
	 * @generated
	 */
	Baseline getBaseline();

	/**
	 * Sets the value of the '{@link org.itup.model.PerformanceIndicator#getBaseline <em>Baseline</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Baseline</em>' containment reference.
	 * @see #getBaseline()
	 * @generated
	 */
	void setBaseline(Baseline value);

	/**
	 * Returns the value of the '<em><b>Target Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target Value</em>' attribute.
	 * @see #setTargetValue(BigDecimal)
	 * @see org.itup.model.ItupPackage#getPerformanceIndicator_TargetValue()
	 * @model
	 * @generated
	 */
	BigDecimal getTargetValue();

	/**
	 * Sets the value of the '{@link org.itup.model.PerformanceIndicator#getTargetValue <em>Target Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Value</em>' attribute.
	 * @see #getTargetValue()
	 * @generated
	 */
	void setTargetValue(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Direction</b></em>' attribute.
	 * The literals are from the enumeration {@link org.itup.model.IndicatorDirection}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Direction</em>' attribute.
	 * @see org.itup.model.IndicatorDirection
	 * @see #setDirection(IndicatorDirection)
	 * @see org.itup.model.ItupPackage#getPerformanceIndicator_Direction()
	 * @model
	 * @generated
	 */
	IndicatorDirection getDirection();

	/**
	 * Sets the value of the '{@link org.itup.model.PerformanceIndicator#getDirection <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Direction</em>' attribute.
	 * @see org.itup.model.IndicatorDirection
	 * @see #getDirection()
	 * @generated
	 */
	void setDirection(IndicatorDirection value);

} // PerformanceIndicator
