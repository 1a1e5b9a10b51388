/**
 */
package org.itup.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Sdg Link</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Link to a Sustainable Development Goal target and some of its indicators, by official code.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.itup.model.SdgLink#getTarget <em>Target</em>}</li>
 *   <li>{@link org.itup.model.SdgLink#getIndicators <em>Indicators</em>}</li>
 * </ul>
 *
 * @see org.itup.model.ItupPackage#getSdgLink()
 * @model
 * @generated
 */
public interface SdgLink extends EObject
{
	/**
	 * Returns the value of the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SDG target code, e.g. 9.c.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target</em>' attribute.
	 * @see #setTarget(String)
	 * @see org.itup.model.ItupPackage#getSdgLink_Target()
	 * @model
	 * @generated
	 */
	String getTarget();

	/**
	 * Sets the value of the '{@link org.itup.model.SdgLink#getTarget <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' attribute.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(String value);

	/**
	 * Returns the value of the '<em><b>Indicators</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SDG indicator codes, e.g. 9.c.1.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Indicators</em>' attribute list.
	 * @see org.itup.model.ItupPackage#getSdgLink_Indicators()
	 * @model
	 * @generated
	 */
	EList<String> getIndicators();

} // SdgLink
