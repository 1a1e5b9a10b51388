/**
 */
package org.itup.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Enabler</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Activities and support services that enable objectives.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.itup.model.Enabler#getTitle <em>Title</em>}</li>
 *   <li>{@link org.itup.model.Enabler#isSupportsAll <em>Supports All</em>}</li>
 *   <li>{@link org.itup.model.Enabler#getSupportedObjectives <em>Supported Objectives</em>}</li>
 *   <li>{@link org.itup.model.Enabler#getActivities <em>Activities</em>}</li>
 *   <li>{@link org.itup.model.Enabler#getContributions <em>Contributions</em>}</li>
 *   <li>{@link org.itup.model.Enabler#getResults <em>Results</em>}</li>
 * </ul>
 *
 * @see org.itup.model.ItupPackage#getEnabler()
 * @model
 * @generated
 */
public interface Enabler extends PlanElement
{
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.itup.model.ItupPackage#getEnabler_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.itup.model.Enabler#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Supports All</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Supports every objective of the plan.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Supports All</em>' attribute.
	 * @see #setSupportsAll(boolean)
	 * @see org.itup.model.ItupPackage#getEnabler_SupportsAll()
	 * @model
	 * @generated
	 */
	boolean isSupportsAll();

	/**
	 * Sets the value of the '{@link org.itup.model.Enabler#isSupportsAll <em>Supports All</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Supports All</em>' attribute.
	 * @see #isSupportsAll()
	 * @generated
	 */
	void setSupportsAll(boolean value);

	/**
	 * Returns the value of the '<em><b>Supported Objectives</b></em>' reference list.
	 * The list contents are of type {@link org.itup.model.Objective}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Supported Objectives</em>' reference list.
	 * @see org.itup.model.ItupPackage#getEnabler_SupportedObjectives()
	 * @model
	 * @generated
	 */
	EList<Objective> getSupportedObjectives();

	/**
	 * Returns the value of the '<em><b>Activities</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Activities</em>' attribute list.
	 * @see org.itup.model.ItupPackage#getEnabler_Activities()
	 * @model
	 * @generated
	 */
	EList<String> getActivities();

	/**
	 * Returns the value of the '<em><b>Contributions</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Contribution to the outcomes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Contributions</em>' attribute list.
	 * @see org.itup.model.ItupPackage#getEnabler_Contributions()
	 * @model
	 * @generated
	 */
	EList<String> getContributions();

	/**
	 * Returns the value of the '<em><b>Results</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Results</em>' attribute list.
	 * @see org.itup.model.ItupPackage#getEnabler_Results()
	 * @model
	 * @generated
	 */
	EList<String> getResults();

} // Enabler
