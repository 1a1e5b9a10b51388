/**
 */
package org.itup.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Objective</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A specific aim of a sector's activities in the plan period.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.itup.model.Objective#getTitle <em>Title</em>}</li>
 *   <li>{@link org.itup.model.Objective#getStatement <em>Statement</em>}</li>
 *   <li>{@link org.itup.model.Objective#getPrimaryGoals <em>Primary Goals</em>}</li>
 *   <li>{@link org.itup.model.Objective#getSecondaryGoals <em>Secondary Goals</em>}</li>
 *   <li>{@link org.itup.model.Objective#getWsisActionLines <em>Wsis Action Lines</em>}</li>
 *   <li>{@link org.itup.model.Objective#getOutcomes <em>Outcomes</em>}</li>
 *   <li>{@link org.itup.model.Objective#getOutputs <em>Outputs</em>}</li>
 *   <li>{@link org.itup.model.Objective#getIndicators <em>Indicators</em>}</li>
 *   <li>{@link org.itup.model.Objective#getBudgets <em>Budgets</em>}</li>
 * </ul>
 *
 * @see org.itup.model.ItupPackage#getObjective()
 * @model
 * @generated
 */
public interface Objective extends PlanElement
{
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.itup.model.ItupPackage#getObjective_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.itup.model.Objective#getTitle <em>Title</em>}' attribute.
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
	 * @see org.itup.model.ItupPackage#getObjective_Statement()
	 * @model
	 * @generated
	 */
	String getStatement();

	/**
	 * Sets the value of the '{@link org.itup.model.Objective#getStatement <em>Statement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Statement</em>' attribute.
	 * @see #getStatement()
	 * @generated
	 */
	void setStatement(String value);

	/**
	 * Returns the value of the '<em><b>Primary Goals</b></em>' reference list.
	 * The list contents are of type {@link org.itup.model.Goal}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Goals this objective contributes to directly (boxed ticks of the linkage matrix).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Primary Goals</em>' reference list.
	 * @see org.itup.model.ItupPackage#getObjective_PrimaryGoals()
	 * @model
	 * @generated
	 */
	EList<Goal> getPrimaryGoals();

	/**
	 * Returns the value of the '<em><b>Secondary Goals</b></em>' reference list.
	 * The list contents are of type {@link org.itup.model.Goal}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Goals this objective contributes to indirectly (plain ticks).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Secondary Goals</em>' reference list.
	 * @see org.itup.model.ItupPackage#getObjective_SecondaryGoals()
	 * @model
	 * @generated
	 */
	EList<Goal> getSecondaryGoals();

	/**
	 * Returns the value of the '<em><b>Wsis Action Lines</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Wsis Action Lines</em>' attribute list.
	 * @see org.itup.model.ItupPackage#getObjective_WsisActionLines()
	 * @model
	 * @generated
	 */
	EList<String> getWsisActionLines();

	/**
	 * Returns the value of the '<em><b>Outcomes</b></em>' containment reference list.
	 * The list contents are of type {@link org.itup.model.Outcome}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Outcomes</em>' containment reference list.
	 * @see org.itup.model.ItupPackage#getObjective_Outcomes()
	 * @model containment="true"
	 * @generated
	 */
	EList<Outcome> getOutcomes();

	/**
	 * Returns the value of the '<em><b>Outputs</b></em>' containment reference list.
	 * The list contents are of type {@link org.itup.model.Output}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Outputs</em>' containment reference list.
	 * @see org.itup.model.ItupPackage#getObjective_Outputs()
	 * @model containment="true"
	 * @generated
	 */
	EList<Output> getOutputs();

	/**
	 * Returns the value of the '<em><b>Indicators</b></em>' containment reference list.
	 * The list contents are of type {@link org.itup.model.PerformanceIndicator}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Indicators</em>' containment reference list.
	 * @see org.itup.model.ItupPackage#getObjective_Indicators()
	 * @model containment="true"
	 * @generated
	 */
	EList<PerformanceIndicator> getIndicators();

	/**
	 * Returns the value of the '<em><b>Budgets</b></em>' containment reference list.
	 * The list contents are of type {@link org.itup.model.Budget}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The financial plan's allocations to this objective.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Budgets</em>' containment reference list.
	 * @see org.itup.model.ItupPackage#getObjective_Budgets()
	 * @model containment="true"
	 * @generated
	 */
	EList<Budget> getBudgets();

} // Objective
