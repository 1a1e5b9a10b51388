/**
 */
package org.itup.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Retired Output</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Work planned for an output the strategic plan no longer has: kept, under the code it had, so nothing written is lost.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.itup.model.RetiredOutput#getCode <em>Code</em>}</li>
 * </ul>
 *
 * @see org.itup.model.ItupPackage#getRetiredOutput()
 * @model
 * @generated
 */
public interface RetiredOutput extends OutputWork
{
	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.itup.model.ItupPackage#getRetiredOutput_Code()
	 * @model
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.itup.model.RetiredOutput#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

} // RetiredOutput
