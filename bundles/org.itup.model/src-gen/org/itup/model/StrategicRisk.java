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
 *   <li>{@link org.itup.model.StrategicRisk#getLikelihood <em>Likelihood</em>}</li>
 *   <li>{@link org.itup.model.StrategicRisk#getImpact <em>Impact</em>}</li>
 *   <li>{@link org.itup.model.StrategicRisk#getOwner <em>Owner</em>}</li>
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

	/**
	 * Returns the value of the '<em><b>Likelihood</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How likely the risk is, a level of the plan's risk scale.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Likelihood</em>' attribute.
	 * @see #setLikelihood(String)
	 * @see org.itup.model.ItupPackage#getStrategicRisk_Likelihood()
	 * @model
	 * @generated
	 */
	String getLikelihood();

	/**
	 * Sets the value of the '{@link org.itup.model.StrategicRisk#getLikelihood <em>Likelihood</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Likelihood</em>' attribute.
	 * @see #getLikelihood()
	 * @generated
	 */
	void setLikelihood(String value);

	/**
	 * Returns the value of the '<em><b>Impact</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How much harm the risk would do, a level of the plan's risk scale.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Impact</em>' attribute.
	 * @see #setImpact(String)
	 * @see org.itup.model.ItupPackage#getStrategicRisk_Impact()
	 * @model
	 * @generated
	 */
	String getImpact();

	/**
	 * Sets the value of the '{@link org.itup.model.StrategicRisk#getImpact <em>Impact</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Impact</em>' attribute.
	 * @see #getImpact()
	 * @generated
	 */
	void setImpact(String value);

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who answers for managing the risk.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Owner</em>' attribute.
	 * @see #setOwner(String)
	 * @see org.itup.model.ItupPackage#getStrategicRisk_Owner()
	 * @model
	 * @generated
	 */
	String getOwner();

	/**
	 * Sets the value of the '{@link org.itup.model.StrategicRisk#getOwner <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' attribute.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(String value);

} // StrategicRisk
