/**
 */
package org.itup.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Output Work</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What it takes to deliver an output: activities, performance indicators, the responsible unit, resources and the timeline.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.itup.model.OutputWork#getResponsibleUnit <em>Responsible Unit</em>}</li>
 *   <li>{@link org.itup.model.OutputWork#getActivities <em>Activities</em>}</li>
 *   <li>{@link org.itup.model.OutputWork#getIndicators <em>Indicators</em>}</li>
 *   <li>{@link org.itup.model.OutputWork#getResources <em>Resources</em>}</li>
 *   <li>{@link org.itup.model.OutputWork#getTimeline <em>Timeline</em>}</li>
 * </ul>
 *
 * @see org.itup.model.ItupPackage#getOutputWork()
 * @model abstract="true"
 * @generated
 */
public interface OutputWork extends EObject
{
	/**
	 * Returns the value of the '<em><b>Responsible Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Responsible Unit</em>' attribute.
	 * @see #setResponsibleUnit(String)
	 * @see org.itup.model.ItupPackage#getOutputWork_ResponsibleUnit()
	 * @model
	 * @generated
	 */
	String getResponsibleUnit();

	/**
	 * Sets the value of the '{@link org.itup.model.OutputWork#getResponsibleUnit <em>Responsible Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Responsible Unit</em>' attribute.
	 * @see #getResponsibleUnit()
	 * @generated
	 */
	void setResponsibleUnit(String value);

	/**
	 * Returns the value of the '<em><b>Activities</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Activities</em>' attribute list.
	 * @see org.itup.model.ItupPackage#getOutputWork_Activities()
	 * @model
	 * @generated
	 */
	EList<String> getActivities();

	/**
	 * Returns the value of the '<em><b>Indicators</b></em>' containment reference list.
	 * The list contents are of type {@link org.itup.model.PerformanceIndicator}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Indicators</em>' containment reference list.
	 * @see org.itup.model.ItupPackage#getOutputWork_Indicators()
	 * @model containment="true"
	 * @generated
	 */
	EList<PerformanceIndicator> getIndicators();

	/**
	 * Returns the value of the '<em><b>Resources</b></em>' containment reference list.
	 * The list contents are of type {@link org.itup.model.ResourceNeed}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Resources</em>' containment reference list.
	 * @see org.itup.model.ItupPackage#getOutputWork_Resources()
	 * @model containment="true"
	 * @generated
	 */
	EList<ResourceNeed> getResources();

	/**
	 * Returns the value of the '<em><b>Timeline</b></em>' containment reference list.
	 * The list contents are of type {@link org.itup.model.Milestone}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Timeline</em>' containment reference list.
	 * @see org.itup.model.ItupPackage#getOutputWork_Timeline()
	 * @model containment="true"
	 * @generated
	 */
	EList<Milestone> getTimeline();

} // OutputWork
