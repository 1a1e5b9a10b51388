/**
 */
package org.itup.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Swot Item</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.itup.model.SwotItem#getKind <em>Kind</em>}</li>
 *   <li>{@link org.itup.model.SwotItem#getStatement <em>Statement</em>}</li>
 * </ul>
 *
 * @see org.itup.model.ItupPackage#getSwotItem()
 * @model
 * @generated
 */
public interface SwotItem extends EObject
{
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.itup.model.SwotKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.itup.model.SwotKind
	 * @see #setKind(SwotKind)
	 * @see org.itup.model.ItupPackage#getSwotItem_Kind()
	 * @model
	 * @generated
	 */
	SwotKind getKind();

	/**
	 * Sets the value of the '{@link org.itup.model.SwotItem#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.itup.model.SwotKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(SwotKind value);

	/**
	 * Returns the value of the '<em><b>Statement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Statement</em>' attribute.
	 * @see #setStatement(String)
	 * @see org.itup.model.ItupPackage#getSwotItem_Statement()
	 * @model
	 * @generated
	 */
	String getStatement();

	/**
	 * Sets the value of the '{@link org.itup.model.SwotItem#getStatement <em>Statement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Statement</em>' attribute.
	 * @see #getStatement()
	 * @generated
	 */
	void setStatement(String value);

} // SwotItem
