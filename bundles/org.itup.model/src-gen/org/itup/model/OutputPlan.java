/**
 */
package org.itup.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Output Plan</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The work planned for one output of the strategic plan.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.itup.model.OutputPlan#getOutput <em>Output</em>}</li>
 * </ul>
 *
 * @see org.itup.model.ItupPackage#getOutputPlan()
 * @model
 * @generated
 */
public interface OutputPlan extends OutputWork
{
	/**
	 * Returns the value of the '<em><b>Output</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Output</em>' reference.
	 * @see #setOutput(Output)
	 * @see org.itup.model.ItupPackage#getOutputPlan_Output()
	 * @model
	 * @generated
	 */
	Output getOutput();

	/**
	 * Sets the value of the '{@link org.itup.model.OutputPlan#getOutput <em>Output</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Output</em>' reference.
	 * @see #getOutput()
	 * @generated
	 */
	void setOutput(Output value);

} // OutputPlan
