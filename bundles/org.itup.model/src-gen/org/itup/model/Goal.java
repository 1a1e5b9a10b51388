/**
 */
package org.itup.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Goal</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A strategic goal: a high-level result to which objectives contribute.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.itup.model.Goal#getTitle <em>Title</em>}</li>
 *   <li>{@link org.itup.model.Goal#getStatement <em>Statement</em>}</li>
 *   <li>{@link org.itup.model.Goal#getDescription <em>Description</em>}</li>
 *   <li>{@link org.itup.model.Goal#getTargets <em>Targets</em>}</li>
 *   <li>{@link org.itup.model.Goal#getSdgLinks <em>Sdg Links</em>}</li>
 *   <li>{@link org.itup.model.Goal#getWsisActionLines <em>Wsis Action Lines</em>}</li>
 * </ul>
 *
 * @see org.itup.model.ItupPackage#getGoal()
 * @model
 * @generated
 */
public interface Goal extends PlanElement
{
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.itup.model.ItupPackage#getGoal_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.itup.model.Goal#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Statement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Statement</em>' attribute.
	 * @see #setStatement(String)
	 * @see org.itup.model.ItupPackage#getGoal_Statement()
	 * @model
	 * @generated
	 */
	String getStatement();

	/**
	 * Sets the value of the '{@link org.itup.model.Goal#getStatement <em>Statement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Statement</em>' attribute.
	 * @see #getStatement()
	 * @generated
	 */
	void setStatement(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.itup.model.ItupPackage#getGoal_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.itup.model.Goal#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Targets</b></em>' containment reference list.
	 * The list contents are of type {@link org.itup.model.Target}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Targets</em>' containment reference list.
	 * @see org.itup.model.ItupPackage#getGoal_Targets()
	 * @model containment="true"
	 * @generated
	 */
	EList<Target> getTargets();

	/**
	 * Returns the value of the '<em><b>Sdg Links</b></em>' containment reference list.
	 * The list contents are of type {@link org.itup.model.SdgLink}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sdg Links</em>' containment reference list.
	 * @see org.itup.model.ItupPackage#getGoal_SdgLinks()
	 * @model containment="true"
	 * @generated
	 */
	EList<SdgLink> getSdgLinks();

	/**
	 * Returns the value of the '<em><b>Wsis Action Lines</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Wsis Action Lines</em>' attribute list.
	 * @see org.itup.model.ItupPackage#getGoal_WsisActionLines()
	 * @model
	 * @generated
	 */
	EList<String> getWsisActionLines();

} // Goal
