/**
 */
package org.itup.model;

import java.math.BigDecimal;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Performance Indicator</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A criterion used to measure the achievement of an objective, outcome, output or target; its code (optional) lets monitoring data name it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.itup.model.PerformanceIndicator#getTitle <em>Title</em>}</li>
 *   <li>{@link org.itup.model.PerformanceIndicator#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.itup.model.PerformanceIndicator#getBaseline <em>Baseline</em>}</li>
 *   <li>{@link org.itup.model.PerformanceIndicator#getMilestones <em>Milestones</em>}</li>
 *   <li>{@link org.itup.model.PerformanceIndicator#getTargetValue <em>Target Value</em>}</li>
 *   <li>{@link org.itup.model.PerformanceIndicator#getTargetYear <em>Target Year</em>}</li>
 *   <li>{@link org.itup.model.PerformanceIndicator#getDirection <em>Direction</em>}</li>
 *   <li>{@link org.itup.model.PerformanceIndicator#getBound <em>Bound</em>}</li>
 *   <li>{@link org.itup.model.PerformanceIndicator#getDataSource <em>Data Source</em>}</li>
 *   <li>{@link org.itup.model.PerformanceIndicator#getFrequency <em>Frequency</em>}</li>
 *   <li>{@link org.itup.model.PerformanceIndicator#getResponsibleUnit <em>Responsible Unit</em>}</li>
 * </ul>
 *
 * @see org.itup.model.ItupPackage#getPerformanceIndicator()
 * @model
 * @generated
 */
public interface PerformanceIndicator extends Measurable
{
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the indicator measures, as the plan words it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.itup.model.ItupPackage#getPerformanceIndicator_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.itup.model.PerformanceIndicator#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Unit</em>' attribute.
	 * @see #setUnit(String)
	 * @see org.itup.model.ItupPackage#getPerformanceIndicator_Unit()
	 * @model
	 * @generated
	 */
	String getUnit();

	/**
	 * Sets the value of the '{@link org.itup.model.PerformanceIndicator#getUnit <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' attribute.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(String value);

	/**
	 * Returns the value of the '<em><b>Baseline</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Baseline</em>' containment reference.
	 * @see #setBaseline(Baseline)
	 * @see org.itup.model.ItupPackage#getPerformanceIndicator_Baseline()
	 * @model containment="true"
	 * @generated
	 */
	Baseline getBaseline();

	/**
	 * Sets the value of the '{@link org.itup.model.PerformanceIndicator#getBaseline <em>Baseline</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Baseline</em>' containment reference.
	 * @see #getBaseline()
	 * @generated
	 */
	void setBaseline(Baseline value);

	/**
	 * Returns the value of the '<em><b>Milestones</b></em>' containment reference list.
	 * The list contents are of type {@link org.itup.model.IndicatorMilestone}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The values to reach in the years before the final target.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Milestones</em>' containment reference list.
	 * @see org.itup.model.ItupPackage#getPerformanceIndicator_Milestones()
	 * @model containment="true"
	 * @generated
	 */
	EList<IndicatorMilestone> getMilestones();

	/**
	 * Returns the value of the '<em><b>Target Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target Value</em>' attribute.
	 * @see #setTargetValue(BigDecimal)
	 * @see org.itup.model.ItupPackage#getPerformanceIndicator_TargetValue()
	 * @model
	 * @generated
	 */
	BigDecimal getTargetValue();

	/**
	 * Sets the value of the '{@link org.itup.model.PerformanceIndicator#getTargetValue <em>Target Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Value</em>' attribute.
	 * @see #getTargetValue()
	 * @generated
	 */
	void setTargetValue(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Target Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Year by which the target value is to be reached; 0 when the indicator follows its element or the plan period.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target Year</em>' attribute.
	 * @see #setTargetYear(int)
	 * @see org.itup.model.ItupPackage#getPerformanceIndicator_TargetYear()
	 * @model
	 * @generated
	 */
	int getTargetYear();

	/**
	 * Sets the value of the '{@link org.itup.model.PerformanceIndicator#getTargetYear <em>Target Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Year</em>' attribute.
	 * @see #getTargetYear()
	 * @generated
	 */
	void setTargetYear(int value);

	/**
	 * Returns the value of the '<em><b>Direction</b></em>' attribute.
	 * The literals are from the enumeration {@link org.itup.model.IndicatorDirection}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Direction</em>' attribute.
	 * @see org.itup.model.IndicatorDirection
	 * @see #setDirection(IndicatorDirection)
	 * @see org.itup.model.ItupPackage#getPerformanceIndicator_Direction()
	 * @model
	 * @generated
	 */
	IndicatorDirection getDirection();

	/**
	 * Sets the value of the '{@link org.itup.model.PerformanceIndicator#getDirection <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Direction</em>' attribute.
	 * @see org.itup.model.IndicatorDirection
	 * @see #getDirection()
	 * @generated
	 */
	void setDirection(IndicatorDirection value);

	/**
	 * Returns the value of the '<em><b>Bound</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A limit the value must respect: at least, at most, or between two values.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Bound</em>' containment reference.
	 * @see #setBound(IndicatorBound)
	 * @see org.itup.model.ItupPackage#getPerformanceIndicator_Bound()
	 * @model containment="true"
	 * @generated
	 */
	IndicatorBound getBound();

	/**
	 * Sets the value of the '{@link org.itup.model.PerformanceIndicator#getBound <em>Bound</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bound</em>' containment reference.
	 * @see #getBound()
	 * @generated
	 */
	void setBound(IndicatorBound value);

	/**
	 * Returns the value of the '<em><b>Data Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Data Source</em>' attribute.
	 * @see #setDataSource(String)
	 * @see org.itup.model.ItupPackage#getPerformanceIndicator_DataSource()
	 * @model
	 * @generated
	 */
	String getDataSource();

	/**
	 * Sets the value of the '{@link org.itup.model.PerformanceIndicator#getDataSource <em>Data Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Data Source</em>' attribute.
	 * @see #getDataSource()
	 * @generated
	 */
	void setDataSource(String value);

	/**
	 * Returns the value of the '<em><b>Frequency</b></em>' attribute.
	 * The literals are from the enumeration {@link org.itup.model.ReportingFrequency}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Frequency</em>' attribute.
	 * @see org.itup.model.ReportingFrequency
	 * @see #setFrequency(ReportingFrequency)
	 * @see org.itup.model.ItupPackage#getPerformanceIndicator_Frequency()
	 * @model
	 * @generated
	 */
	ReportingFrequency getFrequency();

	/**
	 * Sets the value of the '{@link org.itup.model.PerformanceIndicator#getFrequency <em>Frequency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Frequency</em>' attribute.
	 * @see org.itup.model.ReportingFrequency
	 * @see #getFrequency()
	 * @generated
	 */
	void setFrequency(ReportingFrequency value);

	/**
	 * Returns the value of the '<em><b>Responsible Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Responsible Unit</em>' attribute.
	 * @see #setResponsibleUnit(String)
	 * @see org.itup.model.ItupPackage#getPerformanceIndicator_ResponsibleUnit()
	 * @model
	 * @generated
	 */
	String getResponsibleUnit();

	/**
	 * Sets the value of the '{@link org.itup.model.PerformanceIndicator#getResponsibleUnit <em>Responsible Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Responsible Unit</em>' attribute.
	 * @see #getResponsibleUnit()
	 * @generated
	 */
	void setResponsibleUnit(String value);

} // PerformanceIndicator
