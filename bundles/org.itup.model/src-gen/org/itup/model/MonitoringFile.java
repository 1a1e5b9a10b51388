/**
 */
package org.itup.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Monitoring File</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Measurements, expenditure and narrative assessments for an adopted plan, kept apart from the plan text so that it stays as adopted.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.itup.model.MonitoringFile#getPlan <em>Plan</em>}</li>
 *   <li>{@link org.itup.model.MonitoringFile#getDataFiles <em>Data Files</em>}</li>
 *   <li>{@link org.itup.model.MonitoringFile#getMeasurements <em>Measurements</em>}</li>
 *   <li>{@link org.itup.model.MonitoringFile#getExpenditures <em>Expenditures</em>}</li>
 *   <li>{@link org.itup.model.MonitoringFile#getAssessments <em>Assessments</em>}</li>
 * </ul>
 *
 * @see org.itup.model.ItupPackage#getMonitoringFile()
 * @model
 * @generated
 */
public interface MonitoringFile extends PlanFile
{
	/**
	 * Returns the value of the '<em><b>Plan</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Plan</em>' reference.
	 * @see #setPlan(Plan)
	 * @see org.itup.model.ItupPackage#getMonitoringFile_Plan()
	 * @model
	 * @generated
	 */
	Plan getPlan();

	/**
	 * Sets the value of the '{@link org.itup.model.MonitoringFile#getPlan <em>Plan</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Plan</em>' reference.
	 * @see #getPlan()
	 * @generated
	 */
	void setPlan(Plan value);

	/**
	 * Returns the value of the '<em><b>Data Files</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * CSV files beside this file whose rows are measurements of this plan.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Data Files</em>' attribute list.
	 * @see org.itup.model.ItupPackage#getMonitoringFile_DataFiles()
	 * @model
	 * @generated
	 */
	EList<String> getDataFiles();

	/**
	 * Returns the value of the '<em><b>Measurements</b></em>' containment reference list.
	 * The list contents are of type {@link org.itup.model.Measurement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Measurements</em>' containment reference list.
	 * @see org.itup.model.ItupPackage#getMonitoringFile_Measurements()
	 * @model containment="true"
	 * @generated
	 */
	EList<Measurement> getMeasurements();

	/**
	 * Returns the value of the '<em><b>Expenditures</b></em>' containment reference list.
	 * The list contents are of type {@link org.itup.model.Expenditure}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Expenditures</em>' containment reference list.
	 * @see org.itup.model.ItupPackage#getMonitoringFile_Expenditures()
	 * @model containment="true"
	 * @generated
	 */
	EList<Expenditure> getExpenditures();

	/**
	 * Returns the value of the '<em><b>Assessments</b></em>' containment reference list.
	 * The list contents are of type {@link org.itup.model.Assessment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Assessments</em>' containment reference list.
	 * @see org.itup.model.ItupPackage#getMonitoringFile_Assessments()
	 * @model containment="true"
	 * @generated
	 */
	EList<Assessment> getAssessments();

} // MonitoringFile
