/**
 */
package org.itup.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Translation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A text in one of the UN languages (ar, zh, en, fr, ru, es).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.itup.model.Translation#getLanguage <em>Language</em>}</li>
 *   <li>{@link org.itup.model.Translation#getText <em>Text</em>}</li>
 *   <li>{@link org.itup.model.Translation#isUnavailable <em>Unavailable</em>}</li>
 * </ul>
 *
 * @see org.itup.model.ItupPackage#getTranslation()
 * @model
 * @generated
 */
public interface Translation extends EObject
{
	/**
	 * Returns the value of the '<em><b>Language</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Language</em>' attribute.
	 * @see #setLanguage(String)
	 * @see org.itup.model.ItupPackage#getTranslation_Language()
	 * @model
	 * @generated
	 */
	String getLanguage();

	/**
	 * Sets the value of the '{@link org.itup.model.Translation#getLanguage <em>Language</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Language</em>' attribute.
	 * @see #getLanguage()
	 * @generated
	 */
	void setLanguage(String value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.itup.model.ItupPackage#getTranslation_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.itup.model.Translation#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Unavailable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The source gives no usable text in this language; the plan says so instead of leaving it out.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Unavailable</em>' attribute.
	 * @see #setUnavailable(boolean)
	 * @see org.itup.model.ItupPackage#getTranslation_Unavailable()
	 * @model
	 * @generated
	 */
	boolean isUnavailable();

	/**
	 * Sets the value of the '{@link org.itup.model.Translation#isUnavailable <em>Unavailable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unavailable</em>' attribute.
	 * @see #isUnavailable()
	 * @generated
	 */
	void setUnavailable(boolean value);

} // Translation
