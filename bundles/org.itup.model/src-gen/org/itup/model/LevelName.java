/**
 */
package org.itup.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Level Name</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What one level is called, for people (singular and plural) and, optionally, the synonym keyword the plan's text may use for it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.itup.model.LevelName#getLevel <em>Level</em>}</li>
 *   <li>{@link org.itup.model.LevelName#getKeyword <em>Keyword</em>}</li>
 *   <li>{@link org.itup.model.LevelName#getSingular <em>Singular</em>}</li>
 *   <li>{@link org.itup.model.LevelName#getPlural <em>Plural</em>}</li>
 * </ul>
 *
 * @see org.itup.model.ItupPackage#getLevelName()
 * @model
 * @generated
 */
public interface LevelName extends EObject
{
	/**
	 * Returns the value of the '<em><b>Level</b></em>' attribute.
	 * The literals are from the enumeration {@link org.itup.model.PlanLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Level</em>' attribute.
	 * @see org.itup.model.PlanLevel
	 * @see #setLevel(PlanLevel)
	 * @see org.itup.model.ItupPackage#getLevelName_Level()
	 * @model
	 * @generated
	 */
	PlanLevel getLevel();

	/**
	 * Sets the value of the '{@link org.itup.model.LevelName#getLevel <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Level</em>' attribute.
	 * @see org.itup.model.PlanLevel
	 * @see #getLevel()
	 * @generated
	 */
	void setLevel(PlanLevel value);

	/**
	 * Returns the value of the '<em><b>Keyword</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Keyword</em>' attribute.
	 * @see #setKeyword(String)
	 * @see org.itup.model.ItupPackage#getLevelName_Keyword()
	 * @model
	 * @generated
	 */
	String getKeyword();

	/**
	 * Sets the value of the '{@link org.itup.model.LevelName#getKeyword <em>Keyword</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Keyword</em>' attribute.
	 * @see #getKeyword()
	 * @generated
	 */
	void setKeyword(String value);

	/**
	 * Returns the value of the '<em><b>Singular</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Singular</em>' attribute.
	 * @see #setSingular(String)
	 * @see org.itup.model.ItupPackage#getLevelName_Singular()
	 * @model
	 * @generated
	 */
	String getSingular();

	/**
	 * Sets the value of the '{@link org.itup.model.LevelName#getSingular <em>Singular</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Singular</em>' attribute.
	 * @see #getSingular()
	 * @generated
	 */
	void setSingular(String value);

	/**
	 * Returns the value of the '<em><b>Plural</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Plural</em>' attribute.
	 * @see #setPlural(String)
	 * @see org.itup.model.ItupPackage#getLevelName_Plural()
	 * @model
	 * @generated
	 */
	String getPlural();

	/**
	 * Sets the value of the '{@link org.itup.model.LevelName#getPlural <em>Plural</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Plural</em>' attribute.
	 * @see #getPlural()
	 * @generated
	 */
	void setPlural(String value);

} // LevelName
