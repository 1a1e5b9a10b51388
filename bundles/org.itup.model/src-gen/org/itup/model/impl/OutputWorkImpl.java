/**
 */
package org.itup.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.itup.model.ItupPackage;
import org.itup.model.Milestone;
import org.itup.model.OutputWork;
import org.itup.model.PerformanceIndicator;
import org.itup.model.ResourceNeed;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Output Work</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.itup.model.impl.OutputWorkImpl#getResponsibleUnit <em>Responsible Unit</em>}</li>
 *   <li>{@link org.itup.model.impl.OutputWorkImpl#getActivities <em>Activities</em>}</li>
 *   <li>{@link org.itup.model.impl.OutputWorkImpl#getIndicators <em>Indicators</em>}</li>
 *   <li>{@link org.itup.model.impl.OutputWorkImpl#getResources <em>Resources</em>}</li>
 *   <li>{@link org.itup.model.impl.OutputWorkImpl#getTimeline <em>Timeline</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class OutputWorkImpl extends MinimalEObjectImpl.Container implements OutputWork
{
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
	 * The cached value of the '{@link #getActivities() <em>Activities</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActivities()
	 * @generated
	 * @ordered
	 */
	protected EList<String> activities;

	/**
	 * The cached value of the '{@link #getIndicators() <em>Indicators</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndicators()
	 * @generated
	 * @ordered
	 */
	protected EList<PerformanceIndicator> indicators;

	/**
	 * The cached value of the '{@link #getResources() <em>Resources</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResources()
	 * @generated
	 * @ordered
	 */
	protected EList<ResourceNeed> resources;

	/**
	 * The cached value of the '{@link #getTimeline() <em>Timeline</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeline()
	 * @generated
	 * @ordered
	 */
	protected EList<Milestone> timeline;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected OutputWorkImpl()
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
		return ItupPackage.Literals.OUTPUT_WORK;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ItupPackage.OUTPUT_WORK__RESPONSIBLE_UNIT, oldResponsibleUnit, responsibleUnit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getActivities()
	{
		if (activities == null)
		{
			activities = new EDataTypeUniqueEList<String>(String.class, this, ItupPackage.OUTPUT_WORK__ACTIVITIES);
		}
		return activities;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PerformanceIndicator> getIndicators()
	{
		if (indicators == null)
		{
			indicators = new EObjectContainmentEList<PerformanceIndicator>(PerformanceIndicator.class, this, ItupPackage.OUTPUT_WORK__INDICATORS);
		}
		return indicators;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ResourceNeed> getResources()
	{
		if (resources == null)
		{
			resources = new EObjectContainmentEList<ResourceNeed>(ResourceNeed.class, this, ItupPackage.OUTPUT_WORK__RESOURCES);
		}
		return resources;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Milestone> getTimeline()
	{
		if (timeline == null)
		{
			timeline = new EObjectContainmentEList<Milestone>(Milestone.class, this, ItupPackage.OUTPUT_WORK__TIMELINE);
		}
		return timeline;
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
			case ItupPackage.OUTPUT_WORK__INDICATORS:
				return ((InternalEList<?>)getIndicators()).basicRemove(otherEnd, msgs);
			case ItupPackage.OUTPUT_WORK__RESOURCES:
				return ((InternalEList<?>)getResources()).basicRemove(otherEnd, msgs);
			case ItupPackage.OUTPUT_WORK__TIMELINE:
				return ((InternalEList<?>)getTimeline()).basicRemove(otherEnd, msgs);
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
			case ItupPackage.OUTPUT_WORK__RESPONSIBLE_UNIT:
				return getResponsibleUnit();
			case ItupPackage.OUTPUT_WORK__ACTIVITIES:
				return getActivities();
			case ItupPackage.OUTPUT_WORK__INDICATORS:
				return getIndicators();
			case ItupPackage.OUTPUT_WORK__RESOURCES:
				return getResources();
			case ItupPackage.OUTPUT_WORK__TIMELINE:
				return getTimeline();
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
			case ItupPackage.OUTPUT_WORK__RESPONSIBLE_UNIT:
				setResponsibleUnit((String)newValue);
				return;
			case ItupPackage.OUTPUT_WORK__ACTIVITIES:
				getActivities().clear();
				getActivities().addAll((Collection<? extends String>)newValue);
				return;
			case ItupPackage.OUTPUT_WORK__INDICATORS:
				getIndicators().clear();
				getIndicators().addAll((Collection<? extends PerformanceIndicator>)newValue);
				return;
			case ItupPackage.OUTPUT_WORK__RESOURCES:
				getResources().clear();
				getResources().addAll((Collection<? extends ResourceNeed>)newValue);
				return;
			case ItupPackage.OUTPUT_WORK__TIMELINE:
				getTimeline().clear();
				getTimeline().addAll((Collection<? extends Milestone>)newValue);
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
			case ItupPackage.OUTPUT_WORK__RESPONSIBLE_UNIT:
				setResponsibleUnit(RESPONSIBLE_UNIT_EDEFAULT);
				return;
			case ItupPackage.OUTPUT_WORK__ACTIVITIES:
				getActivities().clear();
				return;
			case ItupPackage.OUTPUT_WORK__INDICATORS:
				getIndicators().clear();
				return;
			case ItupPackage.OUTPUT_WORK__RESOURCES:
				getResources().clear();
				return;
			case ItupPackage.OUTPUT_WORK__TIMELINE:
				getTimeline().clear();
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
			case ItupPackage.OUTPUT_WORK__RESPONSIBLE_UNIT:
				return RESPONSIBLE_UNIT_EDEFAULT == null ? responsibleUnit != null : !RESPONSIBLE_UNIT_EDEFAULT.equals(responsibleUnit);
			case ItupPackage.OUTPUT_WORK__ACTIVITIES:
				return activities != null && !activities.isEmpty();
			case ItupPackage.OUTPUT_WORK__INDICATORS:
				return indicators != null && !indicators.isEmpty();
			case ItupPackage.OUTPUT_WORK__RESOURCES:
				return resources != null && !resources.isEmpty();
			case ItupPackage.OUTPUT_WORK__TIMELINE:
				return timeline != null && !timeline.isEmpty();
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
		result.append(" (responsibleUnit: ");
		result.append(responsibleUnit);
		result.append(", activities: ");
		result.append(activities);
		result.append(')');
		return result.toString();
	}

} //OutputWorkImpl
