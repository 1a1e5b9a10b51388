/**
 */
package org.itup.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Output</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A deliverable, product or service that implements an objective.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.itup.model.Output#getStatement <em>Statement</em>}</li>
 *   <li>{@link org.itup.model.Output#getIndicators <em>Indicators</em>}</li>
 *   <li>{@link org.itup.model.Output#getBudgets <em>Budgets</em>}</li>
 * </ul>
 *
 * @see org.itup.model.ItupPackage#getOutput()
 * @model
 * @generated
 */
public interface Output extends PlanElement
{
	/**
	 * Returns the value of the '<em><b>Statement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Statement</em>' attribute.
	 * @see #setStatement(String)
	 * @see org.itup.model.ItupPackage#getOutput_Statement()
	 * @model
	 * @generated
	 */
	String getStatement();

	/**
	 * Sets the value of the '{@link org.itup.model.Output#getStatement <em>Statement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Statement</em>' attribute.
	 * @see #getStatement()
	 * @generated
	 */
	void setStatement(String value);

	/**
	 * Returns the value of the '<em><b>Indicators</b></em>' containment reference list.
	 * The list contents are of type {@link org.itup.model.PerformanceIndicator}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Indicators</em>' containment reference list.
	 * @see org.itup.model.ItupPackage#getOutput_Indicators()
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
	 * The financial plan's allocations to this output, the cost object of results-based budgeting.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Budgets</em>' containment reference list.
	 * @see org.itup.model.ItupPackage#getOutput_Budgets()
	 * @model containment="true"
	 * @generated
	 */
	EList<Budget> getBudgets();

} // Output
