/**
 */
package org.itup.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Objective Plan</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The operational work under one objective of the strategic plan.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.itup.model.ObjectivePlan#getObjective <em>Objective</em>}</li>
 *   <li>{@link org.itup.model.ObjectivePlan#getOutputs <em>Outputs</em>}</li>
 * </ul>
 *
 * @see org.itup.model.ItupPackage#getObjectivePlan()
 * @model
 * @generated
 */
public interface ObjectivePlan extends EObject
{
	/**
	 * Returns the value of the '<em><b>Objective</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Objective</em>' reference.
	 * @see #setObjective(Objective)
	 * @see org.itup.model.ItupPackage#getObjectivePlan_Objective()
	 * @model
	 * @generated
	 */
	Objective getObjective();

	/**
	 * Sets the value of the '{@link org.itup.model.ObjectivePlan#getObjective <em>Objective</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Objective</em>' reference.
	 * @see #getObjective()
	 * @generated
	 */
	void setObjective(Objective value);

	/**
	 * Returns the value of the '<em><b>Outputs</b></em>' containment reference list.
	 * The list contents are of type {@link org.itup.model.OutputPlan}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Outputs</em>' containment reference list.
	 * @see org.itup.model.ItupPackage#getObjectivePlan_Outputs()
	 * @model containment="true"
	 * @generated
	 */
	EList<OutputPlan> getOutputs();

} // ObjectivePlan
