/**
 */
package org.itup.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Plan File</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What one .itup file holds: a part of a strategic plan, or an operational plan.
 * <!-- end-model-doc -->
 *
 *
 * @see org.itup.model.ItupPackage#getPlanFile()
 * @model abstract="true"
 * @generated
 */
public interface PlanFile extends EObject
{
} // PlanFile
