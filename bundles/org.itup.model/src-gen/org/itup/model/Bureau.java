/**
 */
package org.itup.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Bureau</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The secretariat that serves a sector.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.itup.model.Bureau#getTitle <em>Title</em>}</li>
 * </ul>
 *
 * @see org.itup.model.ItupPackage#getBureau()
 * @model
 * @generated
 */
public interface Bureau extends PlanElement
{
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.itup.model.ItupPackage#getBureau_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.itup.model.Bureau#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

} // Bureau
