/**
 */
package org.itup.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Strategic Risk</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.itup.model.StrategicRisk#getTitle <em>Title</em>}</li>
 *   <li>{@link org.itup.model.StrategicRisk#getAspects <em>Aspects</em>}</li>
 *   <li>{@link org.itup.model.StrategicRisk#getMitigations <em>Mitigations</em>}</li>
 * </ul>
 *
 * @see org.itup.model.ItupPackage#getStrategicRisk()
 * @model
 * @generated
 */
public interface StrategicRisk extends PlanElement
{
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.itup.model.ItupPackage#getStrategicRisk_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.itup.model.StrategicRisk#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Aspects</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The specific risks the strategic risk consists of.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Aspects</em>' attribute list.
	 * @see org.itup.model.ItupPackage#getStrategicRisk_Aspects()
	 * @model
	 * @generated
	 */
	EList<String> getAspects();

	/**
	 * Returns the value of the '<em><b>Mitigations</b></em>' containment reference list.
	 * The list contents are of type {@link org.itup.model.Mitigation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mitigations</em>' containment reference list.
	 * @see org.itup.model.ItupPackage#getStrategicRisk_Mitigations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Mitigation> getMitigations();

} // StrategicRisk
