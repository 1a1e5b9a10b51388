/**
 */
package org.itup.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Code Scheme</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How the codes of one level of a plan are built from their parent's code and their place among their siblings ({goal}.{n}, {objective}-{a}), or that they are official and not checked.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.itup.model.CodeScheme#getLevel <em>Level</em>}</li>
 *   <li>{@link org.itup.model.CodeScheme#getPattern <em>Pattern</em>}</li>
 *   <li>{@link org.itup.model.CodeScheme#isOfficial <em>Official</em>}</li>
 * </ul>
 *
 * @see org.itup.model.ItupPackage#getCodeScheme()
 * @model
 * @generated
 */
public interface CodeScheme extends EObject
{
	/**
	 * Returns the value of the '<em><b>Level</b></em>' attribute.
	 * The literals are from the enumeration {@link org.itup.model.CodedLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Level</em>' attribute.
	 * @see org.itup.model.CodedLevel
	 * @see #setLevel(CodedLevel)
	 * @see org.itup.model.ItupPackage#getCodeScheme_Level()
	 * @model
	 * @generated
	 */
	CodedLevel getLevel();

	/**
	 * Sets the value of the '{@link org.itup.model.CodeScheme#getLevel <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Level</em>' attribute.
	 * @see org.itup.model.CodedLevel
	 * @see #getLevel()
	 * @generated
	 */
	void setLevel(CodedLevel value);

	/**
	 * Returns the value of the '<em><b>Pattern</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pattern</em>' attribute.
	 * @see #setPattern(String)
	 * @see org.itup.model.ItupPackage#getCodeScheme_Pattern()
	 * @model
	 * @generated
	 */
	String getPattern();

	/**
	 * Sets the value of the '{@link org.itup.model.CodeScheme#getPattern <em>Pattern</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pattern</em>' attribute.
	 * @see #getPattern()
	 * @generated
	 */
	void setPattern(String value);

	/**
	 * Returns the value of the '<em><b>Official</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Official</em>' attribute.
	 * @see #setOfficial(boolean)
	 * @see org.itup.model.ItupPackage#getCodeScheme_Official()
	 * @model
	 * @generated
	 */
	boolean isOfficial();

	/**
	 * Sets the value of the '{@link org.itup.model.CodeScheme#isOfficial <em>Official</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Official</em>' attribute.
	 * @see #isOfficial()
	 * @generated
	 */
	void setOfficial(boolean value);

} // CodeScheme
