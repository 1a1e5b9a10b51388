/**
 */
package org.itup.model;

import java.math.BigDecimal;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Indicator Bound</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A limit on an indicator: at least low, at most high, or between low and high.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.itup.model.IndicatorBound#getKind <em>Kind</em>}</li>
 *   <li>{@link org.itup.model.IndicatorBound#getLow <em>Low</em>}</li>
 *   <li>{@link org.itup.model.IndicatorBound#getHigh <em>High</em>}</li>
 * </ul>
 *
 * @see org.itup.model.ItupPackage#getIndicatorBound()
 * @model
 * @generated
 */
public interface IndicatorBound extends EObject
{
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.itup.model.BoundKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.itup.model.BoundKind
	 * @see #setKind(BoundKind)
	 * @see org.itup.model.ItupPackage#getIndicatorBound_Kind()
	 * @model
	 * @generated
	 */
	BoundKind getKind();

	/**
	 * Sets the value of the '{@link org.itup.model.IndicatorBound#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.itup.model.BoundKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(BoundKind value);

	/**
	 * Returns the value of the '<em><b>Low</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Low</em>' attribute.
	 * @see #setLow(BigDecimal)
	 * @see org.itup.model.ItupPackage#getIndicatorBound_Low()
	 * @model
	 * @generated
	 */
	BigDecimal getLow();

	/**
	 * Sets the value of the '{@link org.itup.model.IndicatorBound#getLow <em>Low</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Low</em>' attribute.
	 * @see #getLow()
	 * @generated
	 */
	void setLow(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>High</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>High</em>' attribute.
	 * @see #setHigh(BigDecimal)
	 * @see org.itup.model.ItupPackage#getIndicatorBound_High()
	 * @model
	 * @generated
	 */
	BigDecimal getHigh();

	/**
	 * Sets the value of the '{@link org.itup.model.IndicatorBound#getHigh <em>High</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>High</em>' attribute.
	 * @see #getHigh()
	 * @generated
	 */
	void setHigh(BigDecimal value);

} // IndicatorBound
