/**
 */
package org.itup.model.impl;

import java.math.BigDecimal;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.itup.model.Baseline;
import org.itup.model.IndicatorBound;
import org.itup.model.IndicatorDirection;
import org.itup.model.IndicatorMilestone;
import org.itup.model.ItupPackage;
import org.itup.model.PerformanceIndicator;
import org.itup.model.ReportingFrequency;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Performance Indicator</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.itup.model.impl.PerformanceIndicatorImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.itup.model.impl.PerformanceIndicatorImpl#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.itup.model.impl.PerformanceIndicatorImpl#getBaseline <em>Baseline</em>}</li>
 *   <li>{@link org.itup.model.impl.PerformanceIndicatorImpl#getMilestones <em>Milestones</em>}</li>
 *   <li>{@link org.itup.model.impl.PerformanceIndicatorImpl#getTargetValue <em>Target Value</em>}</li>
 *   <li>{@link org.itup.model.impl.PerformanceIndicatorImpl#getTargetYear <em>Target Year</em>}</li>
 *   <li>{@link org.itup.model.impl.PerformanceIndicatorImpl#getDirection <em>Direction</em>}</li>
 *   <li>{@link org.itup.model.impl.PerformanceIndicatorImpl#getBound <em>Bound</em>}</li>
 *   <li>{@link org.itup.model.impl.PerformanceIndicatorImpl#getDataSource <em>Data Source</em>}</li>
 *   <li>{@link org.itup.model.impl.PerformanceIndicatorImpl#getFrequency <em>Frequency</em>}</li>
 *   <li>{@link org.itup.model.impl.PerformanceIndicatorImpl#getResponsibleUnit <em>Responsible Unit</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PerformanceIndicatorImpl extends MeasurableImpl implements PerformanceIndicator
{
	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getUnit() <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected static final String UNIT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUnit() <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected String unit = UNIT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getBaseline() <em>Baseline</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaseline()
	 * @generated
	 * @ordered
	 */
	protected Baseline baseline;

	/**
	 * The cached value of the '{@link #getMilestones() <em>Milestones</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMilestones()
	 * @generated
	 * @ordered
	 */
	protected EList<IndicatorMilestone> milestones;

	/**
	 * The default value of the '{@link #getTargetValue() <em>Target Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetValue()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal TARGET_VALUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTargetValue() <em>Target Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetValue()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal targetValue = TARGET_VALUE_EDEFAULT;

	/**
	 * The default value of the '{@link #getTargetYear() <em>Target Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetYear()
	 * @generated
	 * @ordered
	 */
	protected static final int TARGET_YEAR_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getTargetYear() <em>Target Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetYear()
	 * @generated
	 * @ordered
	 */
	protected int targetYear = TARGET_YEAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getDirection() <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirection()
	 * @generated
	 * @ordered
	 */
	protected static final IndicatorDirection DIRECTION_EDEFAULT = IndicatorDirection.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getDirection() <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirection()
	 * @generated
	 * @ordered
	 */
	protected IndicatorDirection direction = DIRECTION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getBound() <em>Bound</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBound()
	 * @generated
	 * @ordered
	 */
	protected IndicatorBound bound;

	/**
	 * The default value of the '{@link #getDataSource() <em>Data Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataSource()
	 * @generated
	 * @ordered
	 */
	protected static final String DATA_SOURCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDataSource() <em>Data Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataSource()
	 * @generated
	 * @ordered
	 */
	protected String dataSource = DATA_SOURCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getFrequency() <em>Frequency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrequency()
	 * @generated
	 * @ordered
	 */
	protected static final ReportingFrequency FREQUENCY_EDEFAULT = ReportingFrequency.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getFrequency() <em>Frequency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrequency()
	 * @generated
	 * @ordered
	 */
	protected ReportingFrequency frequency = FREQUENCY_EDEFAULT;

	/**
	 * The default value of the '{@link #getResponsibleUnit() <em>Responsible Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResponsibleUnit()
	 * @generated
	 * @ordered
	 */
	protected static final String RESPONSIBLE_UNIT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getResponsibleUnit() <em>Responsible Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResponsibleUnit()
	 * @generated
	 * @ordered
	 */
	protected String responsibleUnit = RESPONSIBLE_UNIT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PerformanceIndicatorImpl()
	{
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass()
	{
		return ItupPackage.Literals.PERFORMANCE_INDICATOR;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle()
	{
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle)
	{
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItupPackage.PERFORMANCE_INDICATOR__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUnit()
	{
		return unit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnit(String newUnit)
	{
		String oldUnit = unit;
		unit = newUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItupPackage.PERFORMANCE_INDICATOR__UNIT, oldUnit, unit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Baseline getBaseline()
	{
		return baseline;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetBaseline(Baseline newBaseline, NotificationChain msgs)
	{
		Baseline oldBaseline = baseline;
		baseline = newBaseline;
		if (eNotificationRequired())
		{
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ItupPackage.PERFORMANCE_INDICATOR__BASELINE, oldBaseline, newBaseline);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBaseline(Baseline newBaseline)
	{
		if (newBaseline != baseline)
		{
			NotificationChain msgs = null;
			if (baseline != null)
				msgs = ((InternalEObject)baseline).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ItupPackage.PERFORMANCE_INDICATOR__BASELINE, null, msgs);
			if (newBaseline != null)
				msgs = ((InternalEObject)newBaseline).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ItupPackage.PERFORMANCE_INDICATOR__BASELINE, null, msgs);
			msgs = basicSetBaseline(newBaseline, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItupPackage.PERFORMANCE_INDICATOR__BASELINE, newBaseline, newBaseline));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<IndicatorMilestone> getMilestones()
	{
		if (milestones == null)
		{
			milestones = new EObjectContainmentEList<IndicatorMilestone>(IndicatorMilestone.class, this, ItupPackage.PERFORMANCE_INDICATOR__MILESTONES);
		}
		return milestones;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getTargetValue()
	{
		return targetValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTargetValue(BigDecimal newTargetValue)
	{
		BigDecimal oldTargetValue = targetValue;
		targetValue = newTargetValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItupPackage.PERFORMANCE_INDICATOR__TARGET_VALUE, oldTargetValue, targetValue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getTargetYear()
	{
		return targetYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTargetYear(int newTargetYear)
	{
		int oldTargetYear = targetYear;
		targetYear = newTargetYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItupPackage.PERFORMANCE_INDICATOR__TARGET_YEAR, oldTargetYear, targetYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IndicatorDirection getDirection()
	{
		return direction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDirection(IndicatorDirection newDirection)
	{
		IndicatorDirection oldDirection = direction;
		direction = newDirection == null ? DIRECTION_EDEFAULT : newDirection;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItupPackage.PERFORMANCE_INDICATOR__DIRECTION, oldDirection, direction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IndicatorBound getBound()
	{
		return bound;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetBound(IndicatorBound newBound, NotificationChain msgs)
	{
		IndicatorBound oldBound = bound;
		bound = newBound;
		if (eNotificationRequired())
		{
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ItupPackage.PERFORMANCE_INDICATOR__BOUND, oldBound, newBound);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBound(IndicatorBound newBound)
	{
		if (newBound != bound)
		{
			NotificationChain msgs = null;
			if (bound != null)
				msgs = ((InternalEObject)bound).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ItupPackage.PERFORMANCE_INDICATOR__BOUND, null, msgs);
			if (newBound != null)
				msgs = ((InternalEObject)newBound).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ItupPackage.PERFORMANCE_INDICATOR__BOUND, null, msgs);
			msgs = basicSetBound(newBound, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItupPackage.PERFORMANCE_INDICATOR__BOUND, newBound, newBound));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDataSource()
	{
		return dataSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDataSource(String newDataSource)
	{
		String oldDataSource = dataSource;
		dataSource = newDataSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItupPackage.PERFORMANCE_INDICATOR__DATA_SOURCE, oldDataSource, dataSource));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReportingFrequency getFrequency()
	{
		return frequency;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFrequency(ReportingFrequency newFrequency)
	{
		ReportingFrequency oldFrequency = frequency;
		frequency = newFrequency == null ? FREQUENCY_EDEFAULT : newFrequency;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItupPackage.PERFORMANCE_INDICATOR__FREQUENCY, oldFrequency, frequency));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getResponsibleUnit()
	{
		return responsibleUnit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResponsibleUnit(String newResponsibleUnit)
	{
		String oldResponsibleUnit = responsibleUnit;
		responsibleUnit = newResponsibleUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ItupPackage.PERFORMANCE_INDICATOR__RESPONSIBLE_UNIT, oldResponsibleUnit, responsibleUnit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs)
	{
		switch (featureID)
		{
			case ItupPackage.PERFORMANCE_INDICATOR__BASELINE:
				return basicSetBaseline(null, msgs);
			case ItupPackage.PERFORMANCE_INDICATOR__MILESTONES:
				return ((InternalEList<?>)getMilestones()).basicRemove(otherEnd, msgs);
			case ItupPackage.PERFORMANCE_INDICATOR__BOUND:
				return basicSetBound(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType)
	{
		switch (featureID)
		{
			case ItupPackage.PERFORMANCE_INDICATOR__TITLE:
				return getTitle();
			case ItupPackage.PERFORMANCE_INDICATOR__UNIT:
				return getUnit();
			case ItupPackage.PERFORMANCE_INDICATOR__BASELINE:
				return getBaseline();
			case ItupPackage.PERFORMANCE_INDICATOR__MILESTONES:
				return getMilestones();
			case ItupPackage.PERFORMANCE_INDICATOR__TARGET_VALUE:
				return getTargetValue();
			case ItupPackage.PERFORMANCE_INDICATOR__TARGET_YEAR:
				return getTargetYear();
			case ItupPackage.PERFORMANCE_INDICATOR__DIRECTION:
				return getDirection();
			case ItupPackage.PERFORMANCE_INDICATOR__BOUND:
				return getBound();
			case ItupPackage.PERFORMANCE_INDICATOR__DATA_SOURCE:
				return getDataSource();
			case ItupPackage.PERFORMANCE_INDICATOR__FREQUENCY:
				return getFrequency();
			case ItupPackage.PERFORMANCE_INDICATOR__RESPONSIBLE_UNIT:
				return getResponsibleUnit();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue)
	{
		switch (featureID)
		{
			case ItupPackage.PERFORMANCE_INDICATOR__TITLE:
				setTitle((String)newValue);
				return;
			case ItupPackage.PERFORMANCE_INDICATOR__UNIT:
				setUnit((String)newValue);
				return;
			case ItupPackage.PERFORMANCE_INDICATOR__BASELINE:
				setBaseline((Baseline)newValue);
				return;
			case ItupPackage.PERFORMANCE_INDICATOR__MILESTONES:
				getMilestones().clear();
				getMilestones().addAll((Collection<? extends IndicatorMilestone>)newValue);
				return;
			case ItupPackage.PERFORMANCE_INDICATOR__TARGET_VALUE:
				setTargetValue((BigDecimal)newValue);
				return;
			case ItupPackage.PERFORMANCE_INDICATOR__TARGET_YEAR:
				setTargetYear((Integer)newValue);
				return;
			case ItupPackage.PERFORMANCE_INDICATOR__DIRECTION:
				setDirection((IndicatorDirection)newValue);
				return;
			case ItupPackage.PERFORMANCE_INDICATOR__BOUND:
				setBound((IndicatorBound)newValue);
				return;
			case ItupPackage.PERFORMANCE_INDICATOR__DATA_SOURCE:
				setDataSource((String)newValue);
				return;
			case ItupPackage.PERFORMANCE_INDICATOR__FREQUENCY:
				setFrequency((ReportingFrequency)newValue);
				return;
			case ItupPackage.PERFORMANCE_INDICATOR__RESPONSIBLE_UNIT:
				setResponsibleUnit((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID)
	{
		switch (featureID)
		{
			case ItupPackage.PERFORMANCE_INDICATOR__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case ItupPackage.PERFORMANCE_INDICATOR__UNIT:
				setUnit(UNIT_EDEFAULT);
				return;
			case ItupPackage.PERFORMANCE_INDICATOR__BASELINE:
				setBaseline((Baseline)null);
				return;
			case ItupPackage.PERFORMANCE_INDICATOR__MILESTONES:
				getMilestones().clear();
				return;
			case ItupPackage.PERFORMANCE_INDICATOR__TARGET_VALUE:
				setTargetValue(TARGET_VALUE_EDEFAULT);
				return;
			case ItupPackage.PERFORMANCE_INDICATOR__TARGET_YEAR:
				setTargetYear(TARGET_YEAR_EDEFAULT);
				return;
			case ItupPackage.PERFORMANCE_INDICATOR__DIRECTION:
				setDirection(DIRECTION_EDEFAULT);
				return;
			case ItupPackage.PERFORMANCE_INDICATOR__BOUND:
				setBound((IndicatorBound)null);
				return;
			case ItupPackage.PERFORMANCE_INDICATOR__DATA_SOURCE:
				setDataSource(DATA_SOURCE_EDEFAULT);
				return;
			case ItupPackage.PERFORMANCE_INDICATOR__FREQUENCY:
				setFrequency(FREQUENCY_EDEFAULT);
				return;
			case ItupPackage.PERFORMANCE_INDICATOR__RESPONSIBLE_UNIT:
				setResponsibleUnit(RESPONSIBLE_UNIT_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID)
	{
		switch (featureID)
		{
			case ItupPackage.PERFORMANCE_INDICATOR__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case ItupPackage.PERFORMANCE_INDICATOR__UNIT:
				return UNIT_EDEFAULT == null ? unit != null : !UNIT_EDEFAULT.equals(unit);
			case ItupPackage.PERFORMANCE_INDICATOR__BASELINE:
				return baseline != null;
			case ItupPackage.PERFORMANCE_INDICATOR__MILESTONES:
				return milestones != null && !milestones.isEmpty();
			case ItupPackage.PERFORMANCE_INDICATOR__TARGET_VALUE:
				return TARGET_VALUE_EDEFAULT == null ? targetValue != null : !TARGET_VALUE_EDEFAULT.equals(targetValue);
			case ItupPackage.PERFORMANCE_INDICATOR__TARGET_YEAR:
				return targetYear != TARGET_YEAR_EDEFAULT;
			case ItupPackage.PERFORMANCE_INDICATOR__DIRECTION:
				return direction != DIRECTION_EDEFAULT;
			case ItupPackage.PERFORMANCE_INDICATOR__BOUND:
				return bound != null;
			case ItupPackage.PERFORMANCE_INDICATOR__DATA_SOURCE:
				return DATA_SOURCE_EDEFAULT == null ? dataSource != null : !DATA_SOURCE_EDEFAULT.equals(dataSource);
			case ItupPackage.PERFORMANCE_INDICATOR__FREQUENCY:
				return frequency != FREQUENCY_EDEFAULT;
			case ItupPackage.PERFORMANCE_INDICATOR__RESPONSIBLE_UNIT:
				return RESPONSIBLE_UNIT_EDEFAULT == null ? responsibleUnit != null : !RESPONSIBLE_UNIT_EDEFAULT.equals(responsibleUnit);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString()
	{
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (title: ");
		result.append(title);
		result.append(", unit: ");
		result.append(unit);
		result.append(", targetValue: ");
		result.append(targetValue);
		result.append(", targetYear: ");
		result.append(targetYear);
		result.append(", direction: ");
		result.append(direction);
		result.append(", dataSource: ");
		result.append(dataSource);
		result.append(", frequency: ");
		result.append(frequency);
		result.append(", responsibleUnit: ");
		result.append(responsibleUnit);
		result.append(')');
		return result.toString();
	}

} //PerformanceIndicatorImpl
