/**
 */
package org.itup.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Plan Element</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An element of a plan identified by the code it has in the plan document (1, 1.1, R.1, R.1-a).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.itup.model.PlanElement#getName <em>Name</em>}</li>
 *   <li>{@link org.itup.model.PlanElement#getReplaces <em>Replaces</em>}</li>
 * </ul>
 *
 * @see org.itup.model.ItupPackage#getPlanElement()
 * @model abstract="true"
 * @generated
 */
public interface PlanElement extends EObject
{
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The element's code as written in the plan.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.itup.model.ItupPackage#getPlanElement_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.itup.model.PlanElement#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Replaces</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Codes of the elements of a previous plan or revision this element replaces; a plan comparison takes them over any guess.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Replaces</em>' attribute list.
	 * @see org.itup.model.ItupPackage#getPlanElement_Replaces()
	 * @model
	 * @generated
	 */
	EList<String> getReplaces();

} // PlanElement
