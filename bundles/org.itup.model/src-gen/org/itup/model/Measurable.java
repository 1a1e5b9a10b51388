/**
 */
package org.itup.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Measurable</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An element whose progress is measured: a target or a performance indicator.
 * <!-- end-model-doc -->
 *
 *
 * @see org.itup.model.ItupPackage#getMeasurable()
 * @model abstract="true"
 * @generated
 */
public interface Measurable extends PlanElement
{
} // Measurable
